import { text, type LocalizedText } from "../../platform/i18n/locale.js";
import type { MessageCatalogue } from "../../platform/i18n/messages.js";

/** What the nomination, review, council and decision pages say, Vietnamese first. */
export const NOMINATION_PAGES = {
  nominations: text("Hồ sơ đề nghị khen thưởng", "Nominations"),
  navNominations: text("Hồ sơ khen thưởng", "Nominations"),
  navReviews: text("Thẩm định", "Review"),
  newNomination: text("Lập đề nghị khen thưởng", "New nomination"),
  noNominations: text(
    "Chưa có hồ sơ đề nghị nào khớp với bộ lọc.",
    "No nomination matches these filters.",
  ),
  noNominationsYet: text(
    "Đơn vị chưa lập hồ sơ đề nghị khen thưởng nào.",
    "Your unit has not made any nomination yet.",
  ),
  filter: text("Lọc", "Filter"),
  search: text("Tìm kiếm", "Search"),
  searchNominee: text(
    "Tên đơn vị hoặc cá nhân được đề nghị",
    "Name of the nominated unit or person",
  ),
  year: text("Năm thi đua", "Year"),
  anyYear: text("Mọi năm", "Any year"),
  state: text("Trạng thái", "Status"),
  anyState: text("Mọi trạng thái", "Any status"),
  awardType: text("Hình thức khen thưởng", "Award"),
  anyAwardType: text("Mọi hình thức", "Any award"),
  cluster: text("Cụm thi đua", "Cluster"),
  anyCluster: text("Mọi cụm", "Any cluster"),
  nominee: text("Đối tượng được đề nghị", "Nominee"),
  proposingUnit: text("Đơn vị trình", "Proposing unit"),
  createdAt: text("Ngày lập", "Created"),
  submittedOn: text("Ngày nộp", "Submitted on"),
  legalBasis: text("Căn cứ pháp lý", "Legal basis"),
  open: text("Xem", "Open"),
  collective: text("Tập thể", "Collective"),
  individual: text("Cá nhân", "Individual"),
  // The wizard
  step: (n: number, of: number) =>
    text(`Bước ${n}/${of}`, `Step ${n} of ${of}`),
  chooseAward: text(
    "Đề nghị hình thức khen thưởng nào?",
    "Which award do you propose?",
  ),
  chooseAwardHint: text(
    "Chỉ các hình thức đề nghị qua Liên hiệp Hội Việt Nam.",
    "Only the awards proposed through VUSTA.",
  ),
  whoIsNominated: text("Đề nghị khen thưởng cho ai?", "Who is nominated?"),
  nomineeUnit: text(
    "Đơn vị được đề nghị (hoặc đơn vị công tác của cá nhân)",
    "Nominated unit (or the person’s unit)",
  ),
  nomineeKind: text("Tập thể hay cá nhân", "A unit or a person"),
  nomineeKindCollective: text("Tập thể đơn vị", "The unit itself"),
  nomineeKindIndividual: text("Một cá nhân của đơn vị", "A person of the unit"),
  personHint: text(
    "Chỉ điền khi đề nghị cho cá nhân.",
    "Only when a person is nominated.",
  ),
  fullName: text("Họ và tên", "Full name"),
  gender: text("Giới tính", "Gender"),
  female: text("Nữ", "Female"),
  male: text("Nam", "Male"),
  birthYear: text("Năm sinh", "Year of birth"),
  position: text("Chức vụ", "Position"),
  achievements: text("Thành tích", "Achievements"),
  achievementsSummary: text("Tóm tắt thành tích", "Summary of achievements"),
  achievementsHint: text(
    "Vài dòng nêu các thành tích chính; báo cáo đầy đủ đính kèm trong hồ sơ.",
    "A few lines on the main achievements; attach the full report to the dossier.",
  ),
  reportText: text(
    "Nội dung báo cáo thành tích (không bắt buộc)",
    "Achievement report text (optional)",
  ),
  continue: text("Tiếp tục", "Continue"),
  back: text("Quay lại", "Back"),
  createDraft: text("Lưu bản nháp", "Save the draft"),
  checkAnswers: text("Kiểm tra trước khi lưu", "Check before saving"),
  change: text("Sửa", "Change"),
  noCluster: (year: number) =>
    text(
      `Đơn vị của bạn không thuộc cụm thi đua nào trong năm ${year}; không thể lập đề nghị cho năm này.`,
      `Your unit is in no cluster in ${year}; no nomination can be made for that year.`,
    ),
  // The nomination page
  status: text("Tình trạng hồ sơ", "Status"),
  returnedTitle: text(
    "Hồ sơ bị trả lại để bổ sung, hoàn thiện",
    "The dossier was returned for revision",
  ),
  returnedBy: (who: string, when: string) =>
    text(
      `Trả lại bởi ${who} ngày ${when}. Lý do:`,
      `Returned by ${who} on ${when}. Reasons:`,
    ),
  returnedNext: text(
    "Sửa hồ sơ hoặc bổ sung tệp theo lý do trên, rồi nộp lại.",
    "Edit the dossier or add files as asked, then resubmit.",
  ),
  dossierFiles: text("Tệp hồ sơ", "Dossier files"),
  noFiles: text("Chưa có tệp nào.", "No file yet."),
  fileKind: text("Loại tài liệu", "Document"),
  fileName: text("Tên tệp", "File name"),
  fileType: text("Kiểu tệp", "Type"),
  fileSize: text("Dung lượng", "Size"),
  uploadedAt: text("Tải lên", "Uploaded"),
  view: text("Xem", "View"),
  remove: text("Xoá", "Remove"),
  removeFile: (name: string) => text(`Xoá tệp ${name}`, `Remove ${name}`),
  upload: text("Tải tệp lên", "Upload a file"),
  chooseFile: text(
    "Chọn tệp (PDF, DOCX, XLSX, JPEG hoặc PNG)",
    "Choose a file (PDF, DOCX, XLSX, JPEG or PNG)",
  ),
  uploading: text("Đang tải lên…", "Uploading…"),
  fileAccepted: text("Đã nhận tệp", "File accepted"),
  fileRefused: text("Tệp bị từ chối", "File refused"),
  checkedAs: (type: string, size: string) =>
    text(
      `Kiểm tra nội dung: ${type}, ${size}.`,
      `Content check: ${type}, ${size}.`,
    ),
  eligibility: text("Kiểm tra điều kiện", "Eligibility checks"),
  eligibleAsOf: (date: string, basis: string) =>
    text(
      `Xét theo ${basis}, tại ngày ${date}.`,
      `Judged under ${basis}, as of ${date}.`,
    ),
  eligible: text("Đủ điều kiện", "Eligible"),
  notEligible: text("Chưa đủ điều kiện", "Not yet eligible"),
  passed: text("Đạt", "Passed"),
  failed: text("Chưa đạt", "Not met"),
  history: text("Quá trình xử lý", "History"),
  noHistory: text("Chưa có bước xử lý nào.", "Nothing has happened yet."),
  when: text("Thời điểm", "When"),
  action: text("Thao tác", "Action"),
  who: text("Người thực hiện", "By"),
  comment: text("Ý kiến", "Comment"),
  editDossier: text("Sửa nội dung hồ sơ", "Edit the dossier"),
  save: text("Lưu", "Save"),
  saved: text("Đã lưu.", "Saved."),
  submit: text("Nộp hồ sơ", "Submit"),
  resubmit: text("Nộp lại hồ sơ", "Resubmit"),
  withdraw: text("Rút đề nghị", "Withdraw"),
  movedTo: (state: LocalizedText) =>
    text(
      `Hồ sơ đã chuyển sang trạng thái "${state.vi}".`,
      `The nomination is now "${state.en}".`,
    ),
  draftSaved: text(
    "Đã lưu bản nháp. Hãy tải lên các tệp hồ sơ rồi nộp.",
    "The draft is saved. Upload the dossier files, then submit.",
  ),
  fileRemoved: text("Đã xoá tệp.", "The file was removed."),
  reviewRecorded: text("Đã ghi kết quả thẩm định.", "The review is recorded."),
  voteRecorded: text(
    "Đã ghi kết quả biểu quyết của Hội đồng.",
    "The council’s vote is recorded.",
  ),
  decisionIssued: text(
    "Đã ban hành quyết định khen thưởng.",
    "The award decision is issued.",
  ),
  actionRefused: text("Chưa thực hiện được", "This could not be done"),
  // Staff
  reviewQueue: text("Hàng đợi thẩm định", "Review queue"),
  emptyQueue: text(
    "Không có hồ sơ nào ở trạng thái này.",
    "No dossier in this state.",
  ),
  waitingSince: text("Chờ từ", "Waiting since"),
  timesReturned: text("Số lần trả lại", "Times returned"),
  files: text("Số tệp", "Files"),
  review: text("Kết quả thẩm định", "Review"),
  reviewOutcome: text("Kết luận", "Outcome"),
  outcomeReturn: text(
    "Trả lại để đơn vị bổ sung, hoàn thiện",
    "Return to the unit for revision",
  ),
  outcomeForward: text(
    "Trình Hội đồng Thi đua – Khen thưởng",
    "Forward to the council",
  ),
  reasons: text(
    "Ý kiến thẩm định (bắt buộc khi trả lại: lý do)",
    "Findings (required when returning: the reasons)",
  ),
  missingDocuments: text(
    "Tài liệu còn thiếu (mỗi dòng một tài liệu)",
    "Missing documents (one per line)",
  ),
  sendReview: text("Ghi kết quả thẩm định", "Record the review"),
  councilVote: text(
    "Biểu quyết của Hội đồng Thi đua – Khen thưởng",
    "Council vote",
  ),
  enterCouncilVote: text(
    "Nhập kết quả biểu quyết của Hội đồng",
    "Enter the council’s vote",
  ),
  heldOn: text("Ngày họp Hội đồng", "Session date"),
  showRoll: text(
    "Xem thành phần Hội đồng ngày này",
    "Show the council on this date",
  ),
  minutesReference: text("Biên bản họp (số, ngày)", "Minutes (reference)"),
  member: text("Thành viên", "Member"),
  attendance: text("Tham dự", "Attendance"),
  present: text("Có mặt", "Present"),
  writtenOpinion: text(
    "Vắng, có ý kiến bằng văn bản",
    "Absent, written opinion",
  ),
  absent: text("Vắng, không có ý kiến", "Absent, no opinion"),
  choice: text("Biểu quyết", "Vote"),
  choiceFor: text("Đồng ý", "For"),
  choiceAgainst: text("Không đồng ý", "Against"),
  choiceAbstain: text("Không biểu quyết", "Abstain"),
  recordVote: text("Ghi kết quả biểu quyết", "Record the vote"),
  noCouncil: (date: string) =>
    text(
      `Ngày ${date} Hội đồng không có thành viên nào.`,
      `The council had no member on ${date}.`,
    ),
  outcome: text("Kết quả", "Outcome"),
  votesFor: text("Đồng ý", "For"),
  votesInWriting: text("trong đó bằng văn bản", "of which in writing"),
  votesAgainst: text("Không đồng ý", "Against"),
  votesAbstaining: text("Không biểu quyết", "Abstaining"),
  notVoted: text("Không tham gia", "Did not vote"),
  votesNeeded: text("Số phiếu cần đạt", "Votes needed"),
  totalMembers: text("Tổng số thành viên", "Members"),
  // Decisions and register
  decisions: text("Quyết định khen thưởng", "Award decisions"),
  newDecision: text(
    "Ban hành quyết định khen thưởng",
    "Issue an award decision",
  ),
  noDecisions: text(
    "Chưa có quyết định khen thưởng nào.",
    "No award decision yet.",
  ),
  decisionNumber: text("Số, ký hiệu quyết định", "Decision number"),
  decisionNumberHint: text("Ví dụ: 45/QĐ-LHHVN", "For example: 45/QĐ-LHHVN"),
  decidedOn: text("Ngày ký", "Signed on"),
  signerName: text("Người ký", "Signed by"),
  signerPosition: text("Chức vụ người ký", "Signer’s position"),
  summary: text("Trích yếu", "Summary"),
  summaryHint: text(
    'Để trống: "Về việc tặng …" theo các đề nghị được chọn.',
    "Empty: “Về việc tặng …” from the chosen nominations.",
  ),
  includedNominations: text(
    "Các đề nghị đã được Hội đồng chấp thuận",
    "Nominations approved by the council",
  ),
  noApproved: text(
    "Chưa có đề nghị nào được Hội đồng chấp thuận đang chờ quyết định.",
    "No approved nomination awaits a decision.",
  ),
  issue: text("Ban hành quyết định", "Issue the decision"),
  recipients: text("Danh sách được khen thưởng", "Recipients"),
  registerNumber: text("Số sổ vàng", "Register number"),
  cash: text("Tiền thưởng", "Cash reward"),
  totalCash: text("Tổng tiền thưởng", "Total cash"),
  downloadXlsx: text("Tải danh sách (XLSX)", "Download the list (XLSX)"),
  downloadCsv: text("Tải danh sách (CSV)", "Download the list (CSV)"),
  register: text("Sổ khen thưởng", "Award register"),
  personName: text("Họ tên người được khen thưởng", "Recipient’s name"),
  recipientKind: text("Tập thể hay cá nhân", "Collective or individual"),
  anyKind: text("Cả hai", "Both"),
  noEntries: text(
    "Không có mục nào trong sổ khớp với bộ lọc.",
    "No register entry matches.",
  ),
  recipient: text("Đối tượng", "Recipient"),
  decision: text("Quyết định", "Decision"),
  importRegister: text(
    "Nhập sổ khen thưởng các năm trước",
    "Import past years into the register",
  ),
  importFile: text(
    "Tệp XLSX hoặc CSV (UTF-8) theo mẫu",
    "XLSX or CSV (UTF-8) file in the template’s columns",
  ),
  importColumns: (columns: string) =>
    text(`Các cột: ${columns}.`, `Columns: ${columns}.`),
  importRun: text("Nhập", "Import"),
  importReport: (accepted: number, refused: number, read: number) =>
    text(
      `Đã đọc ${read} dòng: ${accepted} dòng được ghi vào sổ, ${refused} dòng bị từ chối.`,
      `${read} rows read: ${accepted} recorded, ${refused} refused.`,
    ),
  row: text("Dòng", "Row"),
  rowAccepted: text("Đã ghi", "Recorded"),
  rowRefused: text("Từ chối", "Refused"),
  // Paging
  pageOf: (page: number, pages: number, total: number) =>
    text(
      `Trang ${page}/${pages} · ${total} hồ sơ`,
      `Page ${page} of ${pages} · ${total} items`,
    ),
  previous: text("Trang trước", "Previous"),
  next: text("Trang sau", "Next"),
} satisfies MessageCatalogue;
