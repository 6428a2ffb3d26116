import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/pipeline/quoteMarks.ts';

function quoted(text: string): string[] {
  return findQuotedSpans(text).map((span) => text.slice(span.start, span.end));
}

describe('findQuotedSpans', () => {
  it('should find curly double quotes', () => {
    expect(quoted('He said “we will win” and left.')).toEqual(['we will win']);
  });

  it('should find straight double quotes, telling opening from closing marks', () => {
    expect(quoted('"We will win," he said. "They will not."')).toEqual([
      'We will win,',
      'They will not.',
    ]);
  });

  it('should open one quote where a straight mark was typed twice', () => {
    expect(quoted('"We will win," he said. ""They will not." Then "" was all.')).toEqual([
      'We will win,',
      'They will not.',
    ]);
  });

  it('should accept a mix of curly and straight marks', () => {
    expect(quoted('He said “we will win" today.')).toEqual(['we will win']);
  });

  it('should find guillemets and German low-high marks', () => {
    expect(quoted('«Nous allons gagner», a dit le président.')).toEqual(['Nous allons gagner']);
    expect(quoted('„Wir schaffen das“, sagte Merkel.')).toEqual(['Wir schaffen das']);
  });

  it('should find single quotes used as quotes, as British headlines do', () => {
    expect(quoted("Iran: We will also take 'illegal actions' if UN imposes sanctions")).toEqual([
      'illegal actions',
    ]);
  });

  it('should not read apostrophes as quote marks', () => {
    expect(quoted("Russia’s Tass agency and the workers' union don't agree on the '90s.")).toEqual(
      [],
    );
  });

  it('should keep single quotes nested in double quotes inside the outer quote', () => {
    expect(quoted('"Tell them \'no\'," she said.')).toEqual(["Tell them 'no',"]);
  });

  it('should read a plural possessive inside a single-quoted quote as an apostrophe', () => {
    expect(quoted("He said 'the workers’ union decides', not us.")).toEqual([
      'the workers’ union decides',
    ]);
  });

  it('should not read inch marks as quotes', () => {
    expect(quoted('A 5" screen and a man of 6\'2" said "hello".')).toEqual(['hello']);
  });

  it('should read a straight double mark typed for an apostrophe as no quote mark', () => {
    expect(
      quoted(
        'Kuwait"s Oil Minister said OPEC"s committee will meet. "That"s baseless," he said. "We don"t," she said.',
      ),
    ).toEqual(['That"s baseless,', 'We don"t,']);
  });

  it('should still close a quote on a mark before a plural "s" when no mark follows', () => {
    expect(
      quoted('They have been labeled "foreign terrorist organization"s by a number of bodies.'),
    ).toEqual(['foreign terrorist organization']);
  });

  it('should tolerate the misplaced space the seed has before a closing mark', () => {
    expect(quoted('“Local authorities control the situation, ”the note said.')).toEqual([
      'Local authorities control the situation,',
    ]);
  });

  it('should close a straight single quote at a mark written after a space', () => {
    expect(quoted("countries seen as 'sponsoring terrorism ' in the world")).toEqual([
      'sponsoring terrorism',
    ]);
    expect(quoted("rock ' n ' roll and 'jazz'")).toEqual(['jazz']);
  });

  it('should close a mark written after a space before a comma, which nothing opens onto', () => {
    expect(quoted("An inquiry, nicknamed 'Troopergate ', concluded on Friday.")).toEqual([
      'Troopergate',
    ]);
  });

  it('should infer a missing opening mark at the start of the paragraph', () => {
    const spans = findQuotedSpans('Local authorities control the situation,” the note said.');
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ inferredOpen: true, start: 0 });
  });

  it('should infer a missing opening mark after a colon', () => {
    expect(
      quoted('The note said: Local authorities control the situation.” It was signed.'),
    ).toEqual(['Local authorities control the situation.']);
  });

  it('should mark a quote left open at the end of a paragraph as running on', () => {
    const spans = findQuotedSpans('He said: “We will go on.');
    expect(spans).toEqual([expect.objectContaining({ runsOn: true })]);
  });

  it("should end a few words quoted in the reporter's sentence with that sentence when they lose their close", () => {
    const text =
      'His spokeswoman described it as "arbitrarily restricted to front-runners. She said he wanted all eight.';
    expect(quoted(text)).toEqual(['arbitrarily restricted to front-runners']);
    expect(findQuotedSpans(text)).toEqual([expect.objectContaining({ runsOn: false })]);
  });

  it('should still let a quote that opens after a comma run on, in lower case', () => {
    const spans = findQuotedSpans(
      'According to Siméus, "judges are appointed for life. Their term begins.',
    );
    expect(spans).toEqual([expect.objectContaining({ runsOn: true })]);
  });

  it('should treat a second opening curly mark as the start of a new quote when the first lost its close', () => {
    expect(quoted('“One, he said. “Two.”')).toEqual(['One, he said.', 'Two.']);
  });

  it('should start a new straight quote after a sentence when the first lost its close', () => {
    expect(quoted('She said: "We should act now. "Studies show it can be done."')).toEqual([
      'We should act now.',
      'Studies show it can be done.',
    ]);
  });

  it('should still close a straight quote with a mark that could open', () => {
    expect(quoted('The sign said "Stop "here" now.')).toEqual(['Stop']);
  });

  it('should ignore empty quotes', () => {
    expect(quoted('An empty “ ” pair and "" here.')).toEqual([]);
  });

  it('should end a quote at an inverted cue whose closing mark was put after the name, or left out', () => {
    expect(
      quoted("\"There's been rumors that they've taken a position, said analyst Edward Comeau."),
    ).toEqual(["There's been rumors that they've taken a position"]);
    expect(
      quoted('"Out of the British bombing, we looked at our laws, said Mr Hill." He left.'),
    ).toEqual(['Out of the British bombing, we looked at our laws']);
  });

  it('should leave a quote whole when a sentence of its own follows the name', () => {
    expect(
      quoted(
        '"I see no reason to change estimates, said Frederick Meinke, analyst. He thinks it will pass."',
      ),
    ).toEqual([
      'I see no reason to change estimates, said Frederick Meinke, analyst. He thinks it will pass.',
    ]);
  });

  it('should read a long quote full of inverted cues and a question at its end in one pass', () => {
    const inner = Array.from({ length: 2000 }, (_, i) => `word${i}, said Alpha Beta`).join(' ');
    const text = `"${inner} end? x"`;
    expect(quoted(text)).toEqual([`${inner} end? x`]);
  });
});
