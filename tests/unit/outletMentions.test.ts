import { describe, expect, it } from 'vitest';
import { findOutletMentions } from '../../src/pipeline/outletMentions.ts';

function names(text: string): string[] {
  return findOutletMentions(text).map((mention) => mention.name);
}

describe('findOutletMentions', () => {
  it('should find an outlet after the noun that says what it is', () => {
    expect(names('according to the news website Euractive, the quotas stay.')).toEqual([
      'Euractive',
    ]);
    expect(names('the independent Amharic-language weekly Hadar.')).toEqual(['Hadar']);
    expect(names('told the Brazilian newspaper Folha de São Paulo that')).toEqual([
      'Folha de São Paulo',
    ]);
    expect(names('the Burundian news website Burundi.news.free.fr.')).toEqual([
      'Burundi.news.free.fr',
    ]);
  });

  it('should find those told or quoted when the name reads like an outlet', () => {
    expect(names('Ahmad Hussein told Channel 4 News: "…"')).toEqual(['Channel 4 News']);
    expect(names('When interviewed by Radio-Canada on Thursday, he smiled.')).toEqual([
      'Radio-Canada',
    ]);
    expect(names('In an article in The Washington Times, she calls it terror.')).toEqual([
      'The Washington Times',
    ]);
    expect(names('Dominique Bussereau, who was speaking to France 2, said')).toEqual(['France 2']);
    expect(names('He told reporters and told Smith he would go.')).toEqual([]);
  });

  it('should read an outlet named at the opening of a longer run, or before its noun', () => {
    expect(
      names('Yesterday, commandos told the Sunday Telegraph British troops are tired.'),
    ).toEqual(['Sunday Telegraph']);
    expect(
      names('Speaking to The Australian newspaper, Mr Flugge said he had no interest.'),
    ).toEqual(['The Australian']);
    expect(names('Speaking to the Sunday Times, he said it was over.')).toEqual(['Sunday Times']);
    expect(names('He told the British newspaper that it was "gold".')).toEqual([]);
    expect(
      names('In an interview with the German weekly newspaper Die Zeit the envoy said'),
    ).toEqual(['Die Zeit']);
  });

  it("should find a state's broadcaster cited without its name", () => {
    expect(names('Musharraf has invoked emergency rule according to state television.')).toEqual([
      'State television',
    ]);
    expect(names('Cyprus state radio reported the vessel was Russian-owned.')).toEqual([
      'State radio',
    ]);
    expect(names('Putin spoke live on state television Monday.')).toEqual([]);
  });

  it('should give a listed outlet its canonical name and kind', () => {
    expect(
      findOutletMentions('In an interview with the German news magazine Der Spiegel, he said.'),
    ).toEqual([{ name: 'Der Spiegel', kind: 'outlet', start: 46, end: 57 }]);
    expect(findOutletMentions('He spoke to AFP on Monday.')).toEqual([
      { name: 'Agence France-Presse', kind: 'news agency', start: 12, end: 15 },
    ]);
  });

  it('should slice out the words that name the outlet', () => {
    const text =
      "He told Britain's The Times on Monday, and the Iranian newspaper Hamshari's editor.";
    for (const { start, end } of findOutletMentions(text))
      expect(['The Times', 'Hamshari']).toContain(text.slice(start, end));
    expect(names(text)).toEqual(['Hamshari', 'The Times']);
  });

  it('should not take a person, an owned website or a run-on subject for an outlet', () => {
    expect(names('Editor for Cleo magazine Mary Markson left.')).toEqual([]);
    expect(names('Senior Editor for Cleo magazine Sharri Markson confirmed it.')).toEqual([]);
    expect(names('On his campaign website Zirkle posted a list.')).toEqual([]);
    expect(names('Video hosting website Stage6 to shut down')).toEqual([]);
    expect(
      names('a poll released by the newspaper Australian Prime Minister John Howard said'),
    ).toEqual([]);
  });
});
