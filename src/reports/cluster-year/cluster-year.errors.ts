import { DomainError } from '../../platform/errors/domain-error.js';
import { errorOf } from '../../platform/i18n/messages.js';
import { REPORTS_ERRORS as E } from '../reports.messages.js';

/** The minutes and the news item tell of the year-end conference: without one recorded there is nothing to tell. */
export class ConferenceNotRecordedError extends DomainError {
  constructor(clusterName: string, year: number) {
    super(...errorOf(E, 'REPORTS.CONFERENCE_NOT_RECORDED', clusterName, year));
  }
}

export class NoFlagProposalError extends DomainError {
  constructor(clusterName: string, year: number) {
    super(...errorOf(E, 'REPORTS.NO_FLAG_PROPOSAL', clusterName, year));
  }
}
