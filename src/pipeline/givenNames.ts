/**
 * Common given names whose bearers are, in news text, almost always one gender. A pronoun
 * then skips the named person of the other one: in "Rep. Martin T. Meehan yelled … She
 * did, rising to say, “…”", "she" is not Meehan. Names borne by both ("Jean", "Kim",
 * "Andrea", "Robin") are in neither list.
 */
import type { Gender } from './people.ts';

const MALE = new Set(
  `
  aaron abdul abdullah adam adrian ahmed ahmad alan albert alberto alejandro alexander alexei
  alfred ali alistair allen alvaro amir anatoly andre andrei andres andrew andy angelo anthony
  antonio arnold arthur barack barry ben benjamin bernard bill billy bob boris brad bradley
  brendan brian bruce bryan carl carlos charles charlie christopher clarence colin craig dale
  damian dan daniel danny darren dave david dennis derek dick dmitry domingo dominic don donald
  doug douglas duncan dwight eddie edgar eduardo edward ehud emmanuel enrique eric ernest evan
  evo fernando francis francisco frank franklin fred frederick gabriel gary gavin geoffrey
  george gerald gerhard gordon graham greg gregory guy hamid harold harry hassan hector henry
  herbert howard hugh hugo ian igor isaac ivan jack jacob jacques jake james jason javier jeff
  jeffrey jeremy jerry jim jimmy joe joel john johnny jonathan jorge jose joseph juan julian
  justin karl keith ken kenneth kevin khalid kofi larry lawrence len leonard liam louis luis
  malcolm marcus mario mark martin matthew max michael miguel mike mikhail mohamed mohammad
  mohammed muhammad nathan neil nelson nicholas nick nicolas nikolai noah norman oliver omar
  oscar owen pablo patrick paul pedro peter phil philip pierre rafael ralph ramon randy raul ray
  raymond ricardo richard rick robert roberto rodney roger roland ron ronald roy russell ryan
  salman sam samuel saddam scott sean sergei sergey shaun shimon simon stanley stephen steve
  steven stuart ted terry thomas tim timothy todd tom tommy tony travis trevor tyler victor
  vincent vladimir walter wayne william yasser yitzhak yuri zachary
`
    .trim()
    .split(/\s+/u),
);

const FEMALE = new Set(
  `
  abigail ada agnes alice alison amanda amy ana angela angelina ann anna anne annie barbara
  benazir betty beverly brenda carla carol caroline catherine cathy charlotte cheryl christina
  christine cindy claire clara condoleezza cynthia daisy deborah debra denise diana diane donna
  dorothy elaine eleanor elena elizabeth ellen emily emma erin eva evelyn fiona frances gillian
  gloria grace hannah harriet heather helen hilary hillary ingrid irene isabel jacqueline jane
  janet janice jennifer jessica jill joan joanna josephine joyce judith judy julia julie karen
  kate katherine kathleen kathryn kathy katie laura lauren linda lisa louise lucy lynn madeleine
  margaret maria marie marilyn martha mary megan melanie melissa michelle monica nancy natalie
  nicole olivia pamela patricia paula pauline rachel rebecca rose ruth sally sandra sarah
  segolene sharon shirley silvia sofia sonia sophie stephanie susan suzanne sylvia
  tania teresa theresa tina valerie vanessa victoria virginia wendy yulia
`
    .trim()
    .split(/\s+/u),
);

/** The gender a person's name gives by its first word, for names of two words or more. */
export function genderOfGivenName(words: readonly string[]): Gender | undefined {
  const given =
    words.length > 1 ? words[0]?.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') : undefined;
  if (given === undefined) return undefined;
  if (MALE.has(given)) return 'male';
  if (FEMALE.has(given)) return 'female';
  return undefined;
}
