/**
 * A blocklist built from the patterns that dominate every public breach corpus (a common word or
 * keyboard walk, optionally capitalised, padded with years, digit runs or "!"). We generate it
 * instead of shipping a third-party list: it stays small, reviewable and licence-free. Only
 * entries of 12+ characters matter, because the policy already rejects anything shorter.
 */
const baseWords = [
  "password",
  "passw0rd",
  "p@ssw0rd",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "zxcvbnm",
  "letmein",
  "welcome",
  "admin",
  "administrator",
  "iloveyou",
  "sunshine",
  "princess",
  "football",
  "baseball",
  "basketball",
  "soccer",
  "dragon",
  "monkey",
  "master",
  "shadow",
  "superman",
  "batman",
  "trustno1",
  "starwars",
  "pokemon",
  "whatever",
  "freedom",
  "secret",
  "changeme",
  "default",
  "login",
  "abc123",
  "qazwsx",
  "1q2w3e4r",
  "1qaz2wsx",
  "zaq12wsx",
  "michael",
  "jennifer",
  "jordan",
  "hunter",
  "charlie",
  "computer",
  "internet",
  "summer",
  "winter",
  "spring",
  "autumn",
  "hello",
  "hellokitty",
  "lovely",
  "flower",
  "cookie",
  "chocolate",
  "cheese",
  "liverpool",
  "chelsea",
  "arsenal",
  "barcelona",
  "mustang",
  "ferrari",
  "harley",
  "matrix",
  "killer",
  "ninja",
  "azerty",
  "qwertz",
  "passwort",
  "hallo",
  "schatz",
  "tillbox",
  "company",
  "business",
  "office",
  "support",
  "manager",
  "test",
  "testing",
  "guest",
  "user",
  "access",
  "security",
  "mypassword",
  "newpassword",
  "password1",
  "iloveu",
];

const suffixes = [
  "",
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "1234567",
  "12345678",
  "123456789",
  "1234567890",
  "!",
  "!!",
  "1!",
  "123!",
  "2020",
  "2021",
  "2022",
  "2023",
  "2024",
  "2025",
  "2026",
  "2027",
  "01",
  "69",
  "007",
  "000",
  "111",
  "@123",
  "#1",
  "2024!",
  "2025!",
  "2026!",
];

const standalone = [
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123123123123",
  "111111111111",
  "000000000000",
  "121212121212",
  "123321123321",
  "987654321098",
  "qwertyuiopas",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "qazwsxedcrfv",
  "zaq1xsw2cde3",
  "asdfghjkl123",
  "qwerty123456",
  "abcdefghijkl",
  "abcd1234abcd",
  "aaaaaaaaaaaa",
  "abcabcabcabc",
  "passwordpassword",
  "qwertyqwerty",
  "iloveyouiloveyou",
  "letmeinletmein",
  "correcthorsebatterystaple",
  "correct horse battery staple",
  "the quick brown fox",
  "password 1234",
];

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function build(): Set<string> {
  const list = new Set<string>(standalone);
  for (const word of baseWords) {
    for (const suffix of suffixes) {
      for (const variant of [word, capitalise(word), word.toUpperCase()]) {
        const candidate = `${variant}${suffix}`;
        if (candidate.length >= 12) list.add(candidate.toLowerCase());
      }
    }
    if (word.length >= 6) list.add(`${word}${word}`);
  }
  return list;
}

/** Lower-cased entries; compare lower-cased input. */
export const commonPasswords: ReadonlySet<string> = build();

/** The words the list is built from: the policy also rejects light disguises of them ("P@ssw0rd2024!"). */
export const commonPasswordWords: ReadonlySet<string> = new Set(baseWords.map((word) => word.replace(/[^a-z]/g, "")));
