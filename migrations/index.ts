import type { MixedList } from 'typeorm';
import { RegistrySchema1795900000000 } from './1795900000000-RegistrySchema.js';
import { AccessAndAudit1795900300000 } from './1795900300000-AccessAndAudit.js';
import { TermClosing1795900400000 } from './1795900400000-TermClosing.js';
import { Meetings1795900500000 } from './1795900500000-Meetings.js';
import { Votes1795900700000 } from './1795900700000-Votes.js';
import { Nominations1795900800000 } from './1795900800000-Nominations.js';
import { CouncilDecisionsRegister1795900900000 } from './1795900900000-CouncilDecisionsRegister.js';
import { ReportSections1795901000000 } from './1795901000000-ReportSections.js';
import { OrganizationNamesByDate1795901100000 } from './1795901100000-OrganizationNamesByDate.js';
import { MeetingDelegatesByMeeting1795901200000 } from './1795901200000-MeetingDelegatesByMeeting.js';
import { MeetingRecordsASecretariatCanFinish1795901210000 } from './1795901210000-MeetingRecordsASecretariatCanFinish.js';
import { NominationListIndexes1795901300000 } from './1795901300000-NominationListIndexes.js';
import { GeneratedDossierFiles1795901300001 } from './1795901300001-GeneratedDossierFiles.js';
import { IdempotencyKeys1795901500000 } from './1795901500000-IdempotencyKeys.js';
import { EncryptedBallotBox1795901600000 } from './1795901600000-EncryptedBallotBox.js';
import { FlagProposalLinkOnNominations1795902000000 } from './1795902000000-FlagProposalLinkOnNominations.js';
import { VoteAwardRuleSet1795902100000 } from './1795902100000-VoteAwardRuleSet.js';
import { SignInThrottlingAndRefreshTokens1795902200000 } from './1795902200000-SignInThrottlingAndRefreshTokens.js';
import { RateLimitHits1795902210000 } from './1795902210000-RateLimitHits.js';
import { IdempotencyAttempts1795902220000 } from './1795902220000-IdempotencyAttempts.js';
import { DocumentIssuance1795902300000 } from './1795902300000-DocumentIssuance.js';
import { NominationQueueAndSearch1795902400000 } from './1795902400000-NominationQueueAndSearch.js';
import { NationalOverviewByYear1795902400001 } from './1795902400001-NationalOverviewByYear.js';
import { EmulationYear1795902500000 } from './1795902500000-EmulationYear.js';
import { EmulationCrossPairs1795902510000 } from './1795902510000-EmulationCrossPairs.js';
import { MeetingSpeakers1795902700000 } from './1795902700000-MeetingSpeakers.js';
import { LegalInstruments1795902700001 } from './1795902700001-LegalInstruments.js';

/** Every migration, in order. Listed explicitly so that the app, the CLI and jest load the same set. */
export const migrations: MixedList<Function> = [
  RegistrySchema1795900000000,
  AccessAndAudit1795900300000,
  TermClosing1795900400000,
  Meetings1795900500000,
  Votes1795900700000,
  Nominations1795900800000,
  CouncilDecisionsRegister1795900900000,
  ReportSections1795901000000,
  OrganizationNamesByDate1795901100000,
  MeetingDelegatesByMeeting1795901200000,
  MeetingRecordsASecretariatCanFinish1795901210000,
  NominationListIndexes1795901300000,
  GeneratedDossierFiles1795901300001,
  IdempotencyKeys1795901500000,
  EncryptedBallotBox1795901600000,
  FlagProposalLinkOnNominations1795902000000,
  VoteAwardRuleSet1795902100000,
  SignInThrottlingAndRefreshTokens1795902200000,
  RateLimitHits1795902210000,
  IdempotencyAttempts1795902220000,
  DocumentIssuance1795902300000,
  NominationQueueAndSearch1795902400000,
  NationalOverviewByYear1795902400001,
  EmulationYear1795902500000,
  EmulationCrossPairs1795902510000,
  MeetingSpeakers1795902700000,
  LegalInstruments1795902700001,
];
