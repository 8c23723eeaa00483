/** The fake's write model must behave like Word where the host's "no text lost" tests depend on it. */
import { FakeWordDocument } from '../support/fake-word';

const paragraphs = [
  { text: 'KẾT QUẢ THỰC HIỆN', styleBuiltIn: 'Heading1', list: { listString: 'I.' }, bold: true },
  { text: 'Trong kỳ không phát hiện vụ việc tham nhũng.' },
];

describe('FakeWordDocument writes', () => {
  it('applies writes only at sync, in order, and a new paragraph takes the formatting of its anchor', async () => {
    const fake = new FakeWordDocument(paragraphs.map((p) => ({ ...p })));
    const context = fake.newContext();
    const heading = context.document.body.paragraphs.getFirst();
    const inserted = heading.insertParagraph('Công tác tuyên truyền', 'After');
    inserted.insertParagraph('Công tác kê khai', 'After');
    expect(fake.texts()).toHaveLength(2);
    await context.sync();
    expect(fake.texts()).toEqual(['KẾT QUẢ THỰC HIỆN', 'Công tác tuyên truyền', 'Công tác kê khai', 'Trong kỳ không phát hiện vụ việc tham nhũng.']);
    expect(fake.paragraphs[1]?.spec).toMatchObject({ styleBuiltIn: 'Heading1', list: { listString: 'I.' }, bold: true });
  });

  it('puts repeated inserts after the same anchor in reverse order, as Word does', async () => {
    const fake = new FakeWordDocument(paragraphs.map((p) => ({ ...p })));
    const context = fake.newContext();
    const first = context.document.body.paragraphs.getFirst();
    first.insertParagraph('một', 'After');
    first.insertParagraph('hai', 'After');
    await context.sync();
    expect(fake.texts().slice(1, 3)).toEqual(['hai', 'một']);
  });

  it('records writes it does not model and fails the sync', async () => {
    const fake = new FakeWordDocument(paragraphs.map((p) => ({ ...p })));
    const context = fake.newContext();
    (context.document.body.paragraphs.getFirst() as unknown as Word.Paragraph).delete();
    expect(context.writes).toEqual([{ on: 'Paragraph', method: 'delete' }]);
    await expect(context.sync()).rejects.toThrow(/does not model delete/);
    expect(fake.texts()).toHaveLength(2);
  });

  it('fails comments below WordApi 1.4 and page setup below WordApiDesktop 1.3', async () => {
    const fake = new FakeWordDocument(paragraphs.map((p) => ({ ...p })), { wordApiMinor: 3 });
    const context = fake.newContext();
    context.document.body.getRange('Start').insertComment('Ghi chú');
    await expect(context.sync()).rejects.toThrow(/WordApi 1.4/);
    context.document.pageSetup.topMargin = 56.7;
    await expect(context.sync()).rejects.toThrow(/WordApiDesktop 1.3/);
    expect(fake.comments).toEqual([]);
  });
});
