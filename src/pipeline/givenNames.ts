/**
 * Common given names whose bearers are, in news text, almost always one gender. A pronoun
 * then skips the named person of the other one: in "Rep. Martin T. Meehan yelled … She
 * did, rising to say, “…”", "she" is not Meehan. Names borne by both ("Jean", "Kim",
 * "Andrea", "Robin") are in neither list.
 */
import { wordSet } from './lexicon.ts';
import { withoutAccents } from './normalise.ts';
import type { Gender } from './people.ts';

const MALE = wordSet(
  `
  aaron abdoulaye abdul abdullah adam adrian ahmad ahmed alain alan albert alberto alejandro
  alessandro alexander alexandre alexei alfred ali alistair allen alvaro amir amit anatoly
  andre andrei andres andrew andy angelo angus anthony antonin antonio archie ariel armando
  arnold arthur arturo asif avi avigdor ayman barack barry bashar ben benedict benjamin
  bernard bernie bill billy bob boris boyd brad bradley brendan brian bruce bruno bryan calvin
  carl carlo carlos cecil cedric charles charlie chester christopher clarence clifford clint
  colin conrad craig cyril dale damian dan daniel danny darren dave david denis dennis derek
  desmond dick dmitri dmitry domingo dominic don donald doug douglas duncan dwayne dwight
  eddie edgar eduardo edward edwin ehud elijah elliott emilio emmanuel enrique eric erich
  ernest ernesto esteban ethan eugene evan evo fabio fahd faisal felipe felix fernando fidel
  floyd francis francisco frank franklin franz fred frederick fritz gabriel gary gavin gennady
  geoffrey george gerald gerard gerhard gianni giorgio giovanni giuseppe glen glenn gordon
  graham greg gregory guido gunther gustavo guy hafez hamad hamid hamza hans harold harry
  harvey hassan hector heinz helmut henri henry herbert horst hosni howard hugh hugo hussein
  ian ibrahim igor imran isaac isaiah ismail ivan jack jacob jacques jake jalal james jamil
  jason javier jeff jeffrey jens jeremy jerry jim jimmy joachim joe joel john johnny jon
  jonathan jonathon jorge joschka jose joseph juan julian junichiro jurgen justin kareem karim
  karl keith ken kenneth kevin khalid klaus kofi kurt lamar larry lars laurent lawrence len
  leon leonard leroy levi liam lionel lloyd lorenzo louis luca luigi luis luiz luke mahmoud
  malcolm malik manmohan manuel marc marcel marco marcus mario mark martin marty marvin
  mathieu matteo matthew maurice mauricio max melvin michael michel miguel mike mikhail
  mitchell mohamed mohammad mohammed moqtada moshe muhammad muqtada mustafa mwai nabil naoto
  nasser nathan nathaniel nawaz neil nelson neville nicholas nick nicolas nigel nikolai noah
  norbert norman nouri olaf oleg oliver olusegun omar oscar oswald otto owen pablo pascal
  patrick paul pedro percy pervez peter phil philip philippe phillip pierre quentin rafael
  rahul raila ralph ramon randy rashid raul ray raymond recep reginald reza rhys ricardo
  richard rick ricky robert roberto rodney rodrigo roger roland ron ronald roy ruben rudolph
  rudy rupert russell ryan saddam salim salman sam sami samir samuel sanjay scott sean
  sebastian sergei sergey sergio seth shane shaul shaun shimon shinzo silvio simon solomon
  stanley stefan stefano stephen steve steven stuart sven sylvester tariq taro ted terrence
  terry thabo theodore thierry thomas tim timothy tobias todd tom tomas tommy tony travis
  trevor tyler ulrich uri vaclav vernon vicente victor vijay viktor vince vincent vito
  vladimir wade walid walter wayne werner wesley wilhelm william wolfgang xavier yasser yehuda
  yevgeny yitzhak youssef yoweri yukio yuri yusuf yves zachary
`,
);

const FEMALE = wordSet(
  `
  abigail ada agnes aisha alice alison amanda amina amy ana angela angelina ann anna anne
  annette annie asma ayesha barbara beatrice benazir betty beverly bianca brenda carla carmel
  carmen carol caroline catherine cathy cecilia charlotte cheryl christina christine cindy
  claire clara clare colleen condoleezza cristina cynthia daisy debbie deborah debra denise
  diana diane dianne dilma dolores donna doris dorothy edith eileen elaine eleanor elena
  elisabeth elizabeth ella ellen emily emma erica erin esther ethel eva evelyn fatima fiona
  frances francesca gabriela gabrielle gail gillian gina gloria golda grace gwen hannah
  harriet hazel heather heidi helen hillary hina indira ines ingrid irene irina isabel
  jacqueline jane janet janice jennifer jenny jessica jill joan joanna jodie josephine joyce
  judith judy julia juliana julie karen kate katherine kathleen kathryn kathy katie katrina
  kirsten kristen kristin kristina kylie laura lauren leah leila lena linda lisa lorraine
  louise lucia lucy lynn madeleine marcia margaret maria mariana marie marilyn marina marta
  martha mary maureen megan melanie melinda melissa meredith michelle miriam molly mona monica
  nadia nancy naomi natalie natasha nicole nikki nina nora norma oksana olga olivia pamela
  patricia paula pauline peggy phyllis priya rachel rebecca renata rita rose rosemary ruth
  sabrina sally samantha sandra sara sarah segolene sharon sheila shelley shirley silvia sofia
  sonia sophie stella stephanie susan suzanne svetlana sylvia tamara tania tatiana teresa
  tessa theresa tina tracey tzipi ursula valentina valerie vanessa vera veronica victoria
  viola virginia wendy yoko yolanda yulia yvonne zoe
`,
);

/**
 * Given names from public lists (the Moby word lists, as packaged by stdlib, and the
 * npm package human-names), less those that are also places, firms, titles or common
 * words, and kept only if the Wikinews and wire copy use them before another name more
 * than after one. They say a word opens a person's name but give no gender: the lists
 * disagree with the news on too many names ("Beryl Sprinkel" is a man).
 */
const GENDERLESS = wordSet(
  `
  abner abraham abram adi adolf adrienne agustin aharon aida alastair aldo aldrich aleksandr
  alexandra alexandros alfonse alfredo alick allan alphonse alvin alvis alyce amber amos
  anand anders andreas andrey andrus anet angeline ansell antoine anton antonella antony ari
  ariadne ariela aristotle arlene armand armin arnaldo arne arnie arther artur arun asher
  augusto augustus aurel ayaan ayn barnaby bart barton basil beatriz beau belinda bengt
  benson beryl bess beth beverley beyonce blakeley blakely bogdan boniface bonny brant
  bronwyn bryant buddy byron candace carin carole carolyn carrie carsten caspar casper
  cathie catie cavan celine cesar cesare chaim chantal charis chico christi christophe
  christos clarita claudia claus clayton clemente clive clyde conner constantin coralie
  cornelia cornell cosmo cristian cristobal curran cyrus damien damion damon dante darnell
  darrell deepak delbert dermot derrick desi dina dinesh dino dolly dom dora dorris dustin
  ebenezer edd edgardo edmund edouard eduard edwina efrain egon eldin eldon eli elias eliot
  eliza elton elvis ely emil emile emmett emory erik ernie ernst ervin euan evangelos
  ezekiel ezra fabian fannie farah farris fawn faye ferdinand fernand fianna filip flemming
  flo florence flossie francesco francois francoise frans frederic frederik frida friedrich
  gabriele galen gareth garret garry garth geoff georges georgi georgy gerrard gideon
  gilberto giles ginny giorgi giovanna gisela giulio gladys goran grady graeme gregoire
  gregorio grover guillermo gunnar gustaf gusty hank hashim helena helga hendrik henrik herb
  hermann hilda hiram homer horacio hubert humberto hyacinthe iain ieuan ignacio ignaz ike
  imelda inez inga irena iris irwin isabella isabelle ismael ivy jacqui jana janelle janos
  jay jaya jeane jeanette jeanne jena jenna jeremiah jeri jerome joaquin johan johann jolie
  jonah jonas josh joshua joss joya jozef judi juli juliane julio julius kaja kara karin
  karina karsten kat katharina katharine kathie kelvin kerrie kevan kimberley kimberly kiran
  kirsty kitty krishna kristian lance landon larissa leanne lenny leo leonel leonhard leonid
  leopold letta lev levon lisbeth loretta lorna lucas lucie lucien lucille lucio ludwig
  lukas lulu luther lyell lyle lyndon lynne madeline madelyn magdalena maggie mahmud malachi
  manfred manolo marcelo marianne marietta marissa marius marja marji marjorie markos markus
  marlee marlene marni marya maryann massimo mathew matias matthias maura maurizio maximus
  maxine maya maynard meg mehdi mercedes merv mia micah micheal mickey mikkel miley millard
  milo milton minni minnie mitch mitchel mitt mohandas monika monique monte monty moritz
  moya myles nahum neale ned nelia nelly nels nestor nettie neve niall nikos noam octavio
  olav olin olivier oprah orrin orville paco paddy paolo parke pasquale patricio patti pavel
  pavla pearce pearl petra phillipe piers piotr poul prakash priscilla rafi raimundo rainer
  randall ravi rayner reba reinhard renato reuven rex robbin robyn rod roi rolando roldan
  rolf rona ronan roni rosa rosalyn rosalynn rosemarie rudolf sadie sallie sandi santiago
  saul savina scotty selma serge seymour shania sharleen sheldon shelly sian siegfried
  silvan silvano simeon sondra stan stephan stevie susanne suzie sylvie tad tandy tedi teena
  teodoro terence thad thaddeus theodor thia thor thorvald tiffany torrance tyrone ulric
  ulysses umberto valentin valentino vasco vaughan vic vikram virgil vittorio walt walther
  wanda wilfred willard willis winston woodrow wyn yvette zacharias zahra zain zoltan
`,
);

/** The gender a person's name gives by its first word, for names of two words or more. */
export function genderOfGivenName(words: readonly string[]): Gender | undefined {
  const first = words.length > 1 ? words[0] : undefined;
  return first === undefined ? undefined : genderOfWord(first);
}

/** "Tom", "Leanne": a common given name on its own. */
export function isGivenName(word: string): boolean {
  return genderOfWord(word) !== undefined || GENDERLESS.has(withoutAccents(word.toLowerCase()));
}

function genderOfWord(word: string): Gender | undefined {
  const given = withoutAccents(word.toLowerCase());
  if (MALE.has(given)) return 'male';
  if (FEMALE.has(given)) return 'female';
  return undefined;
}

/** Familiar forms of given names, and the names they are short for. */
const FAMILIAR_FORMS = new Map<string, readonly string[]>([
  ['mick', ['michael']],
  ['mike', ['michael']],
  ['bill', ['william']],
  ['billy', ['william']],
  ['bob', ['robert']],
  ['bobby', ['robert']],
  ['rob', ['robert']],
  ['jim', ['james']],
  ['jimmy', ['james']],
  ['tony', ['anthony']],
  ['tom', ['thomas']],
  ['dick', ['richard']],
  ['rick', ['richard']],
  ['ted', ['edward']],
  ['ed', ['edward']],
  ['dave', ['david']],
  ['dan', ['daniel']],
  ['joe', ['joseph']],
  ['ben', ['benjamin']],
  ['chris', ['christopher']],
  ['andy', ['andrew']],
  ['alex', ['alexander']],
  ['sam', ['samuel']],
  ['nick', ['nicholas']],
  ['matt', ['matthew']],
  ['pete', ['peter']],
  ['tim', ['timothy']],
  ['larry', ['lawrence']],
  ['jerry', ['gerald']],
  ['greg', ['gregory']],
  ['ron', ['ronald']],
  ['don', ['donald']],
  ['ken', ['kenneth']],
  ['fred', ['frederick']],
  ['chuck', ['charles']],
  ['charlie', ['charles']],
  ['liz', ['elizabeth']],
  ['jenny', ['jennifer']],
  ['sue', ['susan']],
  ['steve', ['stephen', 'steven']],
  ['kate', ['katherine', 'catherine']],
]);

/** "Mick" for "Michael", "Bill" for "William": `short` is a familiar form of `given`. */
export function isFamiliarFormOf(short: string, given: string): boolean {
  const formal = FAMILIAR_FORMS.get(withoutAccents(short.toLowerCase()));
  return formal !== undefined && formal.includes(withoutAccents(given.toLowerCase()));
}
