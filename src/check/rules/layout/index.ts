/** The layout rules of Nghị định 30/2020/NĐ-CP, Phụ lục I, each a rule module. */
export { layoutMargins, layoutPaper } from './page';
export { layoutBodySize, layoutFont } from './type';
export { layoutNationalTitle, layoutNumber, layoutPlaceDate } from './header';
export { layoutRecipients } from './closing';
