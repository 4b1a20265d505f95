import { judge } from '../helpers/judge-commitments';

/**
 * Issue #19 item 3: a minister ordering the answers of this debate promises nothing outside it ("ik begin met …,
 * vervolgens ga ik naar …", "laat ik nu op uw vraag ingaan", "ik kom daar in mijn beantwoording op terug", "ik zal
 * mijn tempo aanpassen"). Made-up sentences, written before the rule; each "none" below that the rule is for failed
 * first. The "one" lists guard real promises with the same words: starting a trial, a visit, answering written
 * questions, a hortative that promises.
 */
judge(
  'the order of this debate’s answers: "ik begin met …, vervolgens ga ik naar …"',
  [
    'Ik zal in januari starten met een proef in drie gemeenten.',
    'Ik zal beginnen met een gesprek met de gemeenten, en daarna stuur ik de Kamer een brief.',
    'Volgende week ga ik naar Brussel om daarover te spreken.',
  ],
  [
    'Ik zal starten met de gevangenissen, vervolgens ga ik naar de reclassering.',
    'Ik zal starten met de politie en vervolgens ga ik naar het gevangeniswezen.',
    'Ik begin met de vragen over de huurtoeslag en daarna ga ik naar de vragen over de energietoeslag.',
    'We zullen beginnen met de amendementen en vervolgens gaan we naar de moties.',
  ],
);

judge(
  '"laat ik …" that takes up a question now',
  ['Laat ik toezeggen dat ik de Kamer voor de zomer een brief stuur.'],
  ['Laat ik nu op uw vraag ingaan.', 'Laat ik nu ingaan op de vraag van mevrouw De Vries.', 'Laat ik eerst op de vraag van de heer Bos ingaan.'],
);

judge(
  'the speaker’s own answer in this debate: "mijn beantwoording", "mijn betoog", "mijn tempo", "mijn spreektijd"',
  [
    'Ik zal dat meenemen in mijn beantwoording van de Kamervragen van mevrouw Jansen.',
    'We zullen het tempo van de woningbouw verhogen.',
    'Ik zal mijn antwoord op de vragen van de commissie voor de zomer naar de Kamer sturen.',
  ],
  [
    'Ik zal daar in mijn beantwoording op terugkomen.',
    'Ik kom daar in mijn beantwoording uitgebreid op terug.',
    'Ik zal daar in mijn betoog nog op terugkomen.',
    'Ik zal mijn tempo wat aanpassen.',
    'Ik zal mijn tempo iets opvoeren.',
    'Ik zal mijn spreektijd goed gebruiken.',
  ],
);

// A review of the rules above probed them with sentences of its own; each is a test here, written before the fix.
judge(
  'review: the order announced by its object ("de vragen van …", "het eerste blok", "de amendementen")',
  [
    'We zullen starten met een pilot in drie gemeenten en vervolgens gaan we naar een landelijke uitrol.',
    'Ik begin met gesprekken met de sector en vervolgens kom ik bij de Kamer terug met een voorstel.',
    'We zullen starten met de vrijwillige regeling en vervolgens gaan we op 1 januari 2027 naar een verplichte regeling.',
    'Ik zal starten met een werkbezoek aan Zeeland en daarna ga ik naar Limburg.',
    'Ik zal in het voorjaar starten met een consultatie; daarna kom ik bij uw Kamer met een wetsvoorstel.',
  ],
  [
    'Ik zal starten met de vragen van de heer Bos.',
    'Ik zal starten met het eerste blok.',
    'We zullen starten met de amendementen.',
    'Ik ga starten met de vragen over de stikstof.',
    'Laat ik beginnen met de vraag van de heer Jansen.',
  ],
);

judge(
  'review: "beantwoording" is this debate only where a point is taken up in it, not a written answer',
  [
    'Mijn beantwoording komt voor de zomer naar de Kamer.',
    'Ik zal dat meenemen in mijn beantwoording op de Kamervragen van mevrouw Jansen.',
    'Ik zal uw Kamer in mijn beantwoording op de schriftelijke vragen voor 1 juni informeren.',
    'Ik zal ervoor zorgen dat mijn beantwoording voor het kerstreces bij de Kamer ligt.',
  ],
  ['Ik zal daar in mijn beantwoording van de vragen van de Kamer op terugkomen.', 'Ik zal daar later in het debat op terugkomen.'],
);

judge(
  'review: an explicit "toezeggen" is never overruled by the order of the debate',
  [
    'Ik zeg toe dat ik de cijfers meeneem in mijn beantwoording op de Kamervragen.',
    'Ik zeg u toe dat ik daar in mijn betoog bij de begrotingsbehandeling uitgebreid op inga.',
    'Laat ik toezeggen dat ik in de voortgangsbrief zal ingaan op de wachtlijsten.',
    'Laat ik u toezeggen dat we in januari starten met de pilot.',
    'Laat ik beginnen met de toezegging dat ik de Kamer voor de zomer informeer.',
    'Laat ik beginnen met een toezegging: ik stuur u voor 1 juni een brief over de uitvoering.',
  ],
  [],
);

judge(
  'review: taking up a member\'s point now, with the usual openers',
  ['Ik zal in de voortgangsbrief ingaan op uw vraag over de wachtlijsten.'],
  [
    'Goed, laat ik nu op uw vraag ingaan.',
    'Voorzitter, laat ik nu op uw vraag ingaan.',
    'Laat ik op uw punt terugkomen.',
    'Ik zal nu op uw vraag ingaan.',
    'Dan wil ik nu ingaan op uw punt over de wachtlijsten.',
  ],
);

judge(
  'review: the answers, the reaction to the motions, "starten bij"',
  ['Ik kom daar in mijn reactie op het rapport van de inspectie voor de zomer op terug.'],
  [
    'Ik kom daar in mijn antwoorden uitgebreid op terug.',
    'Ik kom daar in de loop van mijn beantwoording op terug.',
    'Ik kom daar in mijn reactie op de moties op terug.',
    'Ik zal starten bij de vragen over de politie en vervolgens ga ik naar de reclassering.',
  ],
);

// Made-up 15's tuning half: the topics of the answer announced as a list ("Ik ga in op de concessies, de prijzen en …").
judge(
  '"ik ga in op" a list of this answer\'s topics',
  ['Ik ga in op het aanbod van de gemeenten, de provincies en de waterschappen, en ik stuur u voor de zomer een brief.', 'Ik ga in op het verzoek van de VNG en stuur de Kamer voor 1 juni een brief.'],
  ['Ik ga in op de concessies, de prijzen, de schone schepen en het toezicht.', 'Ik ga achtereenvolgens in op de kosten, de planning en de uitvoering.'],
);

// Made-up 15's tuning half: a promise said to have been the speaker's, in the past, corrects who made it.
judge(
  '"… was mijn toezegging": a promise retold',
  ['Mijn toezegging is dat ik de Kamer voor de zomer informeer.', 'De toezegging van vandaag is dat ik u voor 1 juni een brief stuur.'],
  ['Voorzitter, één correctie: het overleg met de provincie was mijn toezegging, niet die van de minister.', 'Die brief was een toezegging van mijn voorganger.'],
);
