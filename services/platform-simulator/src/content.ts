/**
 * What a simulated account says: a profile, posts and comment threads in the voice of a Swedish municipality,
 * generated from the account's platform and handle alone, so every run shows the same account.
 */
import type { Platform } from '@smg/domain';
import { simulatorAccountId, type SimulatedAccountKey } from '@smg/platform';
import { seededRandom, type Random } from './random.js';

export interface SimImage {
  /** What the image shows; its alt text and the caption drawn into it. */
  title: string;
  hue: number;
  variant: number;
}

export interface SimComment {
  id: string;
  createdAt: Date;
  author: string;
  authorId: string;
  text: string;
  replies: SimComment[];
}

export interface SimPost {
  id: string;
  /** 1 for the oldest post; ids and image paths use it. */
  number: number;
  createdAt: Date;
  text: string;
  images: SimImage[];
  comments: SimComment[];
}

export interface SimAccount {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string;
  about: string;
  followers: number;
  /** Newest first. */
  posts: SimPost[];
}

export interface AccountSettings {
  displayName?: string;
  about?: string;
  followers?: number;
  postCount?: number;
  /** When the newest post was published; nothing on the account is later. */
  lastActivityAt: Date;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const TOPICS: readonly { title: string; text: string }[] = [
  { title: 'Vinterväghållning', text: 'Nu startar vinterväghållningen. Plogbilarna prioriterar gång- och cykelvägar till skolor och förskolor först. Se prioriteringskartan på vår webbplats.' },
  { title: 'Biblioteket', text: 'Välkommen på sagostund i biblioteket på lördag kl. 11! Ingen föranmälan behövs, och det är gratis för alla barn.' },
  { title: 'Öppet hus', text: 'Öppet hus på kulturskolan nästa torsdag 17–19. Prova instrument, träffa lärarna och anmäl dig till vårterminens kurser.' },
  { title: 'Återvinning', text: 'Från måndag ändras öppettiderna på återvinningscentralen: vardagar 10–19 och lördagar 9–15. Kom ihåg att sortera innan du åker.' },
  { title: 'Samråd', text: 'Tyck till om förslaget till ny detaljplan för Centrum! Samrådet pågår i tre veckor och handlingarna finns i kommunhuset och på webben.' },
  { title: 'Simhallen', text: 'Simhallen har stängt för underhåll vecka 12. Vi öppnar igen med nya omklädningsrum och förlängda kvällstider.' },
  { title: 'Feriearbete', text: 'Nu kan du som är 16–18 år söka feriearbete i kommunen i sommar. Sista ansökningsdag är 31 mars.' },
  { title: 'Vattenläcka', text: 'Driftinformation: på grund av en vattenläcka kan boende kring Storgatan ha lågt tryck i kranarna under eftermiddagen. Vi arbetar på att åtgärda felet.' },
  { title: 'Nationaldagen', text: 'Välkommen att fira nationaldagen i stadsparken! Program från kl. 13 med musik, tal och utdelning av medborgarskapsbevis.' },
  { title: 'Skolval', text: 'Skolvalet till förskoleklass och årskurs 7 är öppet. Logga in i e-tjänsten och gör ditt val senast den 15 februari.' },
  { title: 'Trygghetsvandring', text: 'Följ med på trygghetsvandring i Norrby på tisdag kväll. Tillsammans med polisen och bostadsbolaget tittar vi på belysning och gångvägar.' },
  { title: 'Lovaktiviteter', text: 'Höstlovet är här! Fritidsgårdarna har extra öppet och det finns gratis aktiviteter för alla mellan 7 och 18 år. Hela programmet finns på webben.' },
  { title: 'Kommunfullmäktige', text: 'Kommunfullmäktige sammanträder på måndag kl. 18. Mötet sänds direkt på webben och du är välkommen att lyssna på plats i kommunhuset.' },
  { title: 'Medborgarbudget', text: 'Har du en idé som gör ditt område bättre? Lämna ditt förslag till medborgarbudgeten senast i slutet av månaden.' },
  { title: 'Krisberedskap', text: 'Veckan för krisberedskap: har du vatten, mat och värme för en vecka hemma? Läs mer om hur du förbereder dig på vår webbplats.' },
  { title: 'Lediga jobb', text: 'Vi söker undersköterskor till hemtjänsten i östra området. Välkommen med din ansökan – vi erbjuder introduktion och handledning.' },
];

const COMMENTERS: readonly string[] = [
  'Karin Lind', 'Ahmed Yusuf', 'Eva Berg', 'Johan Nilsson', 'Maria Andersson', 'Ali Hassan', 'Lena Holm', 'Peter Sjöberg',
  'Sara Lindqvist', 'Mohammed Karimi', 'Anna Ek', 'Erik Johansson', 'Fatima Omar', 'Lars Persson', 'Elin Strand', 'Nils Åberg',
];

const COMMENTS: readonly string[] = [
  'Tack för informationen!',
  'Gäller det här även för oss som bor utanför tätorten?',
  'Toppen, äntligen!',
  'Var hittar jag mer information om det här?',
  'Kommer det att finnas parkering i närheten?',
  'Bra initiativ, vi kommer gärna.',
  'Varför får vi veta det här så sent?',
  'Kan man anmäla sig redan nu?',
  'Delar vidare till grannarna.',
  'Hur lång tid kommer det att ta?',
  'Blir det något liknande i vår också?',
  'Fint att ni informerar här.',
  'Är lokalen tillgänglig med rullstol?',
  'Finns informationen på andra språk också?',
];

const ANSWERS: readonly string[] = [
  'Hej {first}! Tack för din fråga. Mer information finns på vår webbplats, och du är också välkommen att kontakta kommunens kontaktcenter.',
  'Hej {first}, ja det gäller hela kommunen.',
  'Tack {first}! Vi har skickat din fråga vidare till den verksamhet som ansvarar och återkommer här.',
  'Hej {first}! Anmälan öppnar nästa vecka, vi lägger upp en länk här då.',
  'Tack för ditt inlägg, {first}. Vi tar med oss synpunkten.',
];

const FOLLOW_UPS: readonly string[] = ['Tack för svaret!', 'Vad bra, tack.', 'Håller med!', 'Okej, då vet jag.'];

/** A readable name from a handle when none was registered: "biblioteket_demokommun" → "Biblioteket Demokommun". */
export function nameFromHandle(handle: string): string {
  return handle
    .replace(/^@/, '')
    .split(/[\s_.-]+/)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

/** The newest post of an account nobody registered: one to three days before today, so it looks alive. */
export function defaultLastActivity(key: SimulatedAccountKey, now: Date): Date {
  const random = seededRandom(`${simulatorAccountId(key)}/last-activity`);
  const startOfDay = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(startOfDay - random.int(1, 3) * DAY + random.int(7 * 60, 17 * 60) * 60_000);
}

export function generateAccount(key: SimulatedAccountKey, settings: AccountSettings): SimAccount {
  const id = simulatorAccountId(key);
  const random = seededRandom(id);
  const displayName = settings.displayName ?? nameFromHandle(key.handle);
  const followers = settings.followers ?? random.int(150, 20_000);
  const about =
    settings.about ??
    `${displayName} – ett officiellt konto i kommunen. Här berättar vi om vår verksamhet och svarar på frågor vardagar 8–16. ` +
      'Inlägg och kommentarer kan bli allmänna handlingar. Vi tar bort inlägg som bryter mot lag eller våra regler.';
  const postCount = settings.postCount ?? random.int(14, 28);

  const posts: SimPost[] = [];
  // Whole days back from the newest post, each a few hours earlier in its day at most: a municipality posts in
  // office hours, so the posts keep near the newest post's time of day instead of drifting into the night.
  let daysBack = 0;
  for (let number = postCount; number >= 1; number--) {
    const earlier = daysBack === 0 ? 0 : random.int(0, 4) * HOUR;
    const createdAt = new Date(settings.lastActivityAt.getTime() - daysBack * DAY - earlier);
    posts.push(generatePost(id, number, createdAt, settings.lastActivityAt, displayName));
    daysBack += random.int(1, 5);
  }
  return { id, platform: key.platform, handle: key.handle, displayName, about, followers, posts };
}

/**
 * One post and its comments; seeded by the post's own id so a published post never reshuffles the others. Comments
 * fall between the post and `latest`, so the newest post has none yet and nothing is later than the last activity.
 */
export function generatePost(accountId: string, number: number, createdAt: Date, latest: Date, accountName: string, text?: string): SimPost {
  const id = `${accountId}~p${number}`;
  const random = seededRandom(id);
  const topic = random.pick(TOPICS);
  const imageCount = random.chance(0.15) ? 0 : random.chance(0.2) ? 2 : 1;
  const images = Array.from({ length: imageCount }, (_, index) => ({
    title: index === 0 ? topic.title : `${topic.title} (bild ${index + 1})`,
    hue: random.int(0, 359),
    variant: random.int(0, 2),
  }));
  const window = Math.min(2 * DAY, latest.getTime() - createdAt.getTime());
  const comments = window < 60_000 ? [] : generateComments(random, id, createdAt, window, accountName, accountId);
  return { id, number, createdAt, text: text ?? topic.text, images, comments };
}

function generateComments(random: Random, postId: string, postTime: Date, window: number, accountName: string, accountId: string): SimComment[] {
  const count = random.pick([0, 1, 2, 3, 3, 4, 5, 6, 7]);
  const start = postTime.getTime();
  const at = (from: number) => new Date(from + Math.floor(random.next() * (start + window - from)));
  const comments: SimComment[] = [];
  for (let index = 1; index <= count; index++) {
    const author = random.pick(COMMENTERS);
    const comment: SimComment = { id: `${postId}~c${index}`, createdAt: at(start), author, authorId: personId(author), text: random.pick(COMMENTS), replies: [] };
    if (random.chance(0.4)) {
      const first = author.split(' ')[0];
      const answer = random.pick(ANSWERS).replaceAll('{first}', first);
      comment.replies.push({ id: `${comment.id}~r1`, createdAt: at(comment.createdAt.getTime()), author: accountName, authorId: accountId, text: answer, replies: [] });
      if (random.chance(0.4)) {
        const reply = comment.replies[0];
        comment.replies.push({ id: `${comment.id}~r2`, createdAt: at(reply.createdAt.getTime()), author, authorId: personId(author), text: random.pick(FOLLOW_UPS), replies: [] });
      }
    }
    comments.push(comment);
  }
  return comments.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

function personId(name: string): string {
  return `person-${name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '')}`;
}

/** Every comment and reply of a post, for counting and lookup. */
export function allComments(comments: SimComment[]): SimComment[] {
  return comments.flatMap((comment) => [comment, ...allComments(comment.replies)]);
}
