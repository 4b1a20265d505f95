import { slug } from '../text/slug';
import type { Role, Speaker } from '../transcript/model';
import { attr, kidText } from './xml';

/**
 * People in a VLOS document: `spreker` elements read into the model's
 * speakers, one per person (by objectid, else by name), with the role and
 * office the elements give.
 */

/** What a `spreker` element says about a person. */
export interface SprekerInfo {
  objectId: string | null;
  name: string;
  party: string | null;
  role: Role;
  aanhef: string | null;
  office: string | null;
}

/** Reads a `spreker` element (null without a name). */
export function readSpreker(el: Element | null): SprekerInfo | null {
  if (!el) return null;
  const name = kidText(el, 'verslagnaam') ?? kidText(el, 'achternaam');
  if (!name) return null;
  const soort = (attr(el, 'soort') ?? '').toLowerCase();
  const functie = kidText(el, 'functie');
  const f = (functie ?? '').toLowerCase();
  const role: Role =
    soort.startsWith('staatssecretaris') || f.startsWith('staatssecretaris')
      ? 'state-secretary'
      : soort.startsWith('minister') || f.startsWith('minister') || f.startsWith('viceminister')
        ? 'minister'
        : 'member';
  return {
    objectId: attr(el, 'objectid'),
    name,
    // Members of the cabinet carry no party in the model (as in printed labels).
    party: role === 'member' ? kidText(el, 'fractie') : null,
    role,
    aanhef: kidText(el, 'aanhef'),
    office: role === 'member' ? null : functie,
  };
}

const nameKey = (name: string) => name.toLowerCase().replace(/[\s\u00A0-]+/gu, '');

/** People by VLOS objectid, else by name (and party when two share a surname). */
export class Registry {
  readonly list: Speaker[] = [];
  private byObject = new Map<string, Speaker>();

  get(info: SprekerInfo): Speaker {
    const known =
      (info.objectId ? this.byObject.get(info.objectId) : undefined) ??
      this.list.find((s) => nameKey(s.name) === nameKey(info.name) && (s.party === null || info.party === null || s.party === info.party));
    const sp = known ?? this.create(info);
    if (info.objectId) this.byObject.set(info.objectId, sp);
    // A chair first known from "Voorzitter: X" learns party, role and office later.
    sp.party ??= info.party;
    if (sp.role === 'member' && info.role !== 'member') sp.role = info.role;
    sp.office ??= info.office;
    return sp;
  }

  byName(name: string): Speaker {
    return this.get({ objectId: null, name, party: null, role: 'member', aanhef: null, office: null });
  }

  private create(info: SprekerInfo): Speaker {
    let id = slug(info.name);
    if (this.list.some((s) => s.id === id)) id = info.party ? `${id}-${slug(info.party)}` : `${id}-${this.list.length}`;
    while (this.list.some((s) => s.id === id)) id += '-x';
    const sp: Speaker = { id, name: info.name, role: info.role, party: info.party, office: info.office };
    this.list.push(sp);
    return sp;
  }

  unknownChair(): Speaker {
    return this.list.find((s) => s.role === 'chair') ?? this.create({ objectId: null, name: 'De voorzitter', party: null, role: 'chair', aanhef: null, office: null });
  }
}

/** The label as the printed record would give it, for turns whose text does not carry one. */
export function labelFor(info: SprekerInfo | null, asChair: boolean): string {
  if (asChair || !info) return 'De voorzitter:';
  if (info.role === 'minister') return `Minister ${info.name}:`;
  if (info.role === 'state-secretary') return `Staatssecretaris ${info.name}:`;
  return `${info.aanhef ?? 'Kamerlid'} ${info.name}${info.party ? ` (${info.party})` : ''}:`;
}
