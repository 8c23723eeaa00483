/**
 * Tags of the content controls the add-in writes into documents (Word, the .docx writer), read back by the checker.
 * A task's heading: "pctn:item:II.3.đ.2"; a placeholder: "pctn:placeholder[:ID]".
 */
export const ITEM_HEADING_TAG = 'pctn:item:';
