/**
 * Common given names whose bearers are, in news text, almost always one gender. A pronoun
 * then skips the named person of the other one: in "Rep. Martin T. Meehan yelled … She
 * did, rising to say, “…”", "she" is not Meehan. Names borne by both ("Jean", "Kim",
 * "Andrea", "Robin") are in neither list.
 */
import { withoutAccents } from './normalise.ts';
import type { Gender } from './people.ts';

const MALE = new Set(
  `
  aaron abdoulaye abdul abdullah adam adrian ahmad ahmed alain alan albert alberto alejandro
  alexander alexei alfred ali alistair allen alvaro amir amit anatoly andre andrei andres andrew
  andy angelo anthony antonio ariel arnold arthur avigdor ayman barack barry bashar ben benjamin
  bernard bill billy bob boris brad bradley brendan brian bruce bryan carl carlos charles
  charlie christopher clarence colin craig dale damian dan daniel danny darren dave david dennis
  derek desmond dick dmitri dmitry domingo dominic don donald doug douglas duncan dwight eddie
  edgar eduardo edward ehud emmanuel enrique eric ernest evan evo fahd faisal felipe fernando
  francis francisco frank franklin fred frederick gabriel gary gavin gennady geoffrey george
  gerald gerhard gordon graham greg gregory guido guy hafez hamad hamid harold harry hassan
  hector helmut henry herbert horst howard hugh hugo hussein ian ibrahim igor isaac ismail ivan
  jack jacob jacques jake jalal james jamil jason javier jeff jeffrey jeremy jerry jim jimmy joe
  joel john johnny jonathan jorge joschka jose joseph juan julian junichiro justin karim karl
  keith ken kenneth kevin khalid kofi larry laurent lawrence len leonard liam lionel louis luis
  luiz mahmoud malcolm manmohan marcus mario mark martin matthew max michael michel miguel mike
  mikhail mohamed mohammad mohammed moqtada moshe muhammad muqtada mustafa mwai nabil naoto
  nasser nathan neil nelson nicholas nick nicolas nikolai noah norman nouri oleg oliver olusegun
  omar oscar owen pablo patrick paul pedro peter phil philip philippe pierre rafael rahul raila
  ralph ramon randy rashid raul ray raymond ricardo richard rick robert roberto rodney roger
  roland ron ronald roy russell ryan saddam salim salman sam sami samir samuel sanjay scott sean
  sergei sergey shaul shaun shimon shinzo simon stanley stephen steve steven stuart tariq taro
  ted terry thabo thomas tim timothy todd tom tommy tony travis trevor tyler victor vijay viktor
  vincent vladimir walid walter wayne william wolfgang yasser yevgeny yitzhak youssef yoweri
  yukio yuri yusuf zachary
`
    .trim()
    .split(/\s+/u),
);

const FEMALE = new Set(
  `
  abigail ada agnes alice alison amanda amy ana angela angelina ann anna anne annie barbara
  benazir betty beverly brenda carla carol caroline catherine cathy charlotte cheryl christina
  christine cindy claire clara condoleezza cristina cynthia daisy deborah debra denise diana
  diane dilma donna dorothy elaine eleanor elena elizabeth ellen emily emma erin eva evelyn
  fiona frances gillian gloria golda grace hannah harriet heather helen hilary hillary indira
  ingrid irene isabel jacqueline jane janet janice jennifer jessica jill joan joanna josephine
  joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie laura lauren
  linda lisa louise lucy lynn madeleine margaret maria marie marilyn martha mary megan melanie
  melissa michelle monica nancy natalie nicole olivia pamela patricia paula pauline priya rachel
  rebecca rose ruth sally sandra sarah segolene sharon shirley silvia sofia sonia sophie
  stephanie susan suzanne sylvia tania teresa theresa tina tzipi valerie vanessa victoria
  virginia wendy yulia
`
    .trim()
    .split(/\s+/u),
);

/** The gender a person's name gives by its first word, for names of two words or more. */
export function genderOfGivenName(words: readonly string[]): Gender | undefined {
  const first = words.length > 1 ? words[0] : undefined;
  return first === undefined ? undefined : genderOfWord(first);
}

/** "Tom", "Leanne": a common given name on its own. */
export function isGivenName(word: string): boolean {
  return genderOfWord(word) !== undefined;
}

function genderOfWord(word: string): Gender | undefined {
  const given = withoutAccents(word.toLowerCase());
  if (MALE.has(given)) return 'male';
  if (FEMALE.has(given)) return 'female';
  return undefined;
}
