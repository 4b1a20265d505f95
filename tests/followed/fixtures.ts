import { completeFollowed, type Followed, type FollowedDraft } from '../../lib/followed/schema';

export function followedDraft(over: Partial<FollowedDraft> = {}): FollowedDraft {
  return {
    text: 'Ik stuur de Kamer voor de zomer een brief over de voortgang, met de cijfers per gemeente; ook over de opvang.',
    speaker: 'Van der Burg, staatssecretaris van Justitie en Veiligheid',
    office: 'staatssecretaris van Justitie en Veiligheid',
    source: 'closing-list',
    debate: { title: 'Vreemdelingen- en asielbeleid', date: '2026-03-03' },
    url: 'https://www.tweedekamer.nl/kamerstukken/commissieverslagen/detail?id=2026Z00&did=2026D1#kl-turn-12',
    deadline: { text: 'voor de zomer', from: null, to: '2026-07-03' },
    area: 'Asiel en Migratie',
    ...over,
  };
}

export function followed(over: Partial<FollowedDraft> = {}, done = false): Followed {
  return { ...completeFollowed(followedDraft(over), new Date('2026-03-04T10:00:00Z')), done };
}
