import { DomainError } from '../../platform/errors/domain-error.js';
import { text } from '../../platform/i18n/locale.js';

/** The minutes and the news item tell of the year-end conference: without one recorded there is nothing to tell. */
export class ConferenceNotRecordedError extends DomainError {
  constructor(clusterName: string, year: number) {
    super(
      'REPORTS.CONFERENCE_NOT_RECORDED',
      'not_found',
      text(
        `Chưa ghi nhận hội nghị tổng kết năm ${year} của ${clusterName}, nên chưa có biên bản hay tin bài để lập. Báo cáo năm ${year} vẫn xem được.`,
        `No year-end conference of ${clusterName} is recorded for ${year}, so there are no minutes or news item to draw up. The ${year} report is still available.`,
      ),
    );
  }
}

export class NoFlagProposalError extends DomainError {
  constructor(clusterName: string, year: number) {
    super(
      'REPORTS.NO_FLAG_PROPOSAL',
      'not_found',
      text(
        `Chưa ghi nhận đơn vị nào được ${clusterName} suy tôn đề nghị tặng Cờ thi đua năm ${year}, nên chưa có tờ trình để lập.`,
        `No unit is recorded as proposed by ${clusterName} for the Emulation Flag of ${year}, so there is no submission to draw up.`,
      ),
    );
  }
}
