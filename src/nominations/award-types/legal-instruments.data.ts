/*
 * Reference data: the Laws on emulation and commendation and the decrees detailing them, dated (shared/domain/rules.md
 * §1.1), as the seed loads them (upsert by code). A document cites the Law and the decree in force on its own date.
 * `verified: false` where rules.md marks the fact UNVERIFIED or gives only the instrument's existence; the note says what.
 * The codes of the decrees are those the award rule sets cite (`DECREE_98_2023`, `DECREE_152_2025`).
 */
import { text } from '../../platform/i18n/locale.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { DECREE_152_2025, DECREE_98_2023 } from './award-catalog.data.js';
import type { LegalInstrumentKind } from './legal-basis.js';

export interface LegalInstrument {
  code: string;
  kind: LegalInstrumentKind;
  citation: LocalizedText;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  verified: boolean;
  note: string | null;
}

export const LEGAL_INSTRUMENTS: readonly LegalInstrument[] = [
  {
    code: 'LUAT-TDKT-2003',
    kind: 'law',
    citation: text(
      'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 14 tháng 6 năm 2005 và ngày 16 tháng 11 năm 2013',
      'Law on Emulation and Commendation of 26 November 2003, as amended on 14 June 2005 and 16 November 2013',
    ),
    effectiveFrom: '2004-07-01',
    effectiveTo: '2023-12-31',
    verified: false,
    note: 'UNVERIFIED: rules.md §1.1 records only the Law 2003 and its amendments (2005, 2009, 2013) and that the Law 2022 replaced it from 01/01/2024; the dates of passage and the day it took effect are not from a listed source.',
  },
  {
    code: 'LUAT-TDKT-2022',
    kind: 'law',
    citation: text('Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Law on Emulation and Commendation of 15 June 2022'),
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    verified: true,
    note: null,
  },
  {
    code: 'ND-91-2017',
    kind: 'decree',
    citation: text('Nghị định 91/2017/NĐ-CP', 'Decree 91/2017/ND-CP'),
    effectiveFrom: '2017-07-31',
    effectiveTo: '2023-12-31',
    verified: false,
    note: 'UNVERIFIED: rules.md §1.1 gives "in force until 31/12/2023"; the day it took effect (here its date, 31/07/2017) is not from a listed source.',
  },
  {
    ...DECREE_98_2023,
    kind: 'decree',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2025-06-30',
    verified: true,
    note: null,
  },
  {
    ...DECREE_152_2025,
    kind: 'decree',
    effectiveFrom: '2025-07-01',
    effectiveTo: null,
    verified: true,
    note: null,
  },
];
