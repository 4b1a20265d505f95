import { slug } from '../text/slug';
import type { Speaker } from './model';
import type { Label } from './patterns';

/** Same person whatever the spacing: "Van der Laan", "Van​der Laan" (a zero-width space dropped), "van der Laan". */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\u00A0-]+/gu, '');
}

/** Speakers by name; a second person with the same surname and another party gets an id of their own. */
export class SpeakerRegistry {
  readonly list: Speaker[] = [];
  private byName = new Map<string, Speaker[]>();
  private ids = new Set<string>();

  private offices = new Map<string, string>();

  constructor(offices: Map<string, string>) {
    for (const [name, office] of offices) this.offices.set(nameKey(name), office);
  }

  private create(name: string, role: Speaker['role'], party: string | null): Speaker {
    let id = slug(name);
    if (this.ids.has(id)) id = party ? `${id}-${slug(party)}` : `${id}-${this.list.length}`;
    while (this.ids.has(id)) id += '-x';
    const sp: Speaker = { id, name, role, party, office: this.offices.get(nameKey(name)) ?? null };
    this.ids.add(id);
    this.list.push(sp);
    const key = nameKey(name);
    this.byName.set(key, [...(this.byName.get(key) ?? []), sp]);
    return sp;
  }

  /** The person named in "Voorzitter: X" (a member unless labelled otherwise later). */
  chair(name: string): Speaker {
    return this.byName.get(nameKey(name))?.[0] ?? this.create(name, 'member', null);
  }

  unknownChair(): Speaker {
    return this.byName.get(nameKey('De voorzitter'))?.[0] ?? this.create('De voorzitter', 'chair', null);
  }

  fromLabel(label: Label & { name: string }): Speaker {
    const same = this.byName.get(nameKey(label.name)) ?? [];
    const match =
      same.find((s) => s.party === label.party && s.role === label.role) ??
      same.find((s) => (s.party === null || label.party === null) && (s.role === label.role || s.role === 'member'));
    if (!match) return this.create(label.name, label.role, label.party);
    // A dropped zero-width separator ("Van\u200Bder Laan") gives the same key; keep the spaced form.
    if (label.name.split(' ').length > match.name.split(' ').length) match.name = label.name;
    // A chair first seen in "Voorzitter: X" learns party and role from their own label.
    if (match.party === null && label.party) match.party = label.party;
    if (match.role === 'member' && label.role !== 'member' && match.party === null) match.role = label.role;
    return match;
  }
}
