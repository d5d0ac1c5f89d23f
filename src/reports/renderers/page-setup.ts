/**
 * Page set-up of Decree 30/2020/NĐ-CP, Appendix I, shared by the HTML, DOCX and PDF renderers:
 * A4 portrait, margins within the prescribed ranges, Times New Roman sizes in points.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Page numbers sit centred in the top margin, this far from the top edge, from page 2 on. */
  pageNumberFromTopMm: 10,
  /** Share of the text width taken by the left column of the header (issuer, number) and of the footer. */
  leftColumn: 0.42,
  /** Body paragraphs: first-line indent 1–1.27 cm, at least 6 pt between paragraphs. */
  firstLineIndentMm: 12.7,
  paragraphSpacingPt: 6,
  lineHeight: 1.2,
} as const;

/** Font sizes in points: body 13–14, header lines 12–13, "Nơi nhận:" 12 and its list 11. */
export const SIZE = {
  body: 14,
  headerLine: 12,
  motto: 13,
  number: 13,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
  table: 13,
} as const;

export const TEXT_WIDTH_MM = PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right;

/** The length of the short rules under the issuer and under the summary: a third of their column. */
export const SHORT_RULE = 1 / 3;
/** The rule under the motto is as long as the motto, about this share of the right-hand column. */
export const MOTTO_RULE = 0.6;

export const POINTS_PER_MM = 72 / 25.4;
export const TWIPS_PER_MM = 1440 / 25.4;
