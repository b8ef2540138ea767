/**
 * The cities news names most that are not capitals: ports, financial and industrial centres. A city is a place of its
 * country ("Rotterdam handled 14.6 million TEU" is a Dutch figure) and the figure's site inside it ("in Barcelona,
 * ridership rose 6%" is neither Spain's total nor Madrid's). The place scan reads them with the form "city" (see
 * places.ts); a capital is in the gazetteer of countries already.
 *
 * Not here: names shared with a country, a province or a common word ("Georgia", "Victoria", "Nice", "Reading",
 * "Mobile"), or cities known mostly by one institution.
 */
const TABLE = `
us|New York;New York City;Los Angeles;Chicago;Houston;San Francisco;Seattle;Boston;Miami;Dallas;Atlanta;Detroit;Philadelphia;Las Vegas;Denver;San Diego;New Orleans;Long Beach;Baltimore;Pittsburgh
ca|Toronto;Montreal;Montréal;Vancouver;Calgary
mx|Guadalajara;Monterrey;Tijuana
br|São Paulo;Sao Paulo;Rio de Janeiro;Belo Horizonte;Porto Alegre
co|Medellín;Medellin
ec|Guayaquil
gb|Manchester;Birmingham;Liverpool;Glasgow;Leeds;Bristol;Southampton;Felixstowe
nl|Rotterdam;Eindhoven
be|Antwerp;Ghent;Bruges
de|Hamburg;Munich;Frankfurt;Cologne;Stuttgart;Düsseldorf;Dusseldorf;Bremen;Leipzig;Dresden;Hanover
fr|Marseille;Lyon;Toulouse;Bordeaux;Le Havre;Lille;Strasbourg;Nantes
es|Barcelona;Valencia;Seville;Bilbao;Málaga;Malaga;Algeciras;Zaragoza
pt|Porto
it|Milan;Naples;Turin;Genoa;Venice;Florence;Bologna;Trieste;Palermo
ch|Zurich;Zürich;Basel
pl|Gdansk;Gdańsk;Krakow;Kraków;Wroclaw;Wrocław
se|Gothenburg;Malmo;Malmö
no|Bergen;Stavanger
ru|St Petersburg;St. Petersburg;Saint Petersburg;Novosibirsk;Vladivostok;Murmansk
ua|Odesa;Odessa;Kharkiv;Lviv;Dnipro
tr|Istanbul;Izmir;Antalya
eg|Alexandria
ma|Casablanca;Tangier
ke|Mombasa
za|Durban
sa|Jeddah;Dammam
iq|Basra
il|Haifa
in|Mumbai;Kolkata;Chennai;Bengaluru;Bangalore;Hyderabad;Ahmedabad;Pune
pk|Karachi;Lahore
bd|Chittagong
cn|Shanghai;Shenzhen;Guangzhou;Chongqing;Tianjin;Wuhan;Chengdu;Hangzhou;Ningbo;Qingdao;Xiamen;Dalian
jp|Osaka;Yokohama;Nagoya;Kobe
kr|Busan;Incheon
vn|Ho Chi Minh City;Haiphong
id|Surabaya
kz|Almaty
au|Sydney;Melbourne;Brisbane;Perth;Adelaide
nz|Auckland
`;

/** [name, country code] for every city of the table. */
export const CITIES: readonly (readonly [string, string])[] = TABLE.trim()
  .split("\n")
  .flatMap((line) => {
    const [country, names] = line.split("|");
    return names.split(";").map((name) => [name, country] as const);
  });
