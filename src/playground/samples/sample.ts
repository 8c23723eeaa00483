/** The sample report (test/fixtures/corpus/w3-01.docx): webpack emits it as an asset and gives its same-origin URL. */
export const SAMPLE_REPORT_URL = new URL('./bao-cao-quy-1-2023.docx', import.meta.url).href;
export const SAMPLE_REPORT_NAME = 'bao-cao-quy-1-2023.docx';
