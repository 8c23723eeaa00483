/** The playground page's own strings (the document side), in Vietnamese and English. */
export interface PlaygroundStrings {
  openFile: string;
  download: string;
  downloadRebuilt: string;
  dropHint: string;
  dropHere: string;
  loadingSample: string;
  opened: (name: string) => string;
  openFailed: (name: string) => string;
  comments: string;
  insertedMark: string;
  emptyDocument: string;
  commentFor: (paragraph: number) => string;
}

export const playgroundVi: PlaygroundStrings = {
  openFile: 'Mở tệp .docx…',
  download: 'Tải về .docx',
  downloadRebuilt: 'Đã tải về bản viết lại:',
  dropHint: 'Hoặc kéo thả một tệp .docx vào đây.',
  dropHere: 'Thả tệp .docx để mở',
  loadingSample: 'Đang tải báo cáo mẫu…',
  opened: (name) => `Đã mở ${name}.`,
  openFailed: (name) => `Không mở được ${name}:`,
  comments: 'Ghi chú',
  insertedMark: 'mới chèn',
  emptyDocument: 'Tài liệu trống.',
  commentFor: (paragraph) => `Ghi chú cho đoạn ${paragraph}`,
};

export const playgroundEn: PlaygroundStrings = {
  openFile: 'Open a .docx file…',
  download: 'Download .docx',
  downloadRebuilt: 'Downloaded a rewritten copy:',
  dropHint: 'Or drop a .docx file here.',
  dropHere: 'Drop the .docx file to open it',
  loadingSample: 'Loading the sample report…',
  opened: (name) => `Opened ${name}.`,
  openFailed: (name) => `Could not open ${name}:`,
  comments: 'Comments',
  insertedMark: 'inserted',
  emptyDocument: 'The document is empty.',
  commentFor: (paragraph) => `Comment on paragraph ${paragraph}`,
};
