/** The fake must behave like Office.js where the adapter's batching depends on it; these tests hold it to that. */
import { FakeWordDocument, PropertyNotLoadedError } from '../support/fake-word';

const paragraphs = [
  { text: 'KẾT QUẢ THỰC HIỆN', styleBuiltIn: 'Heading1', list: { listString: 'I.' } },
  { text: 'Trong kỳ không phát hiện vụ việc tham nhũng.' },
];

describe('FakeWordDocument', () => {
  it('shows loaded values only after sync, and throws PropertyNotLoaded for others', async () => {
    const context = new FakeWordDocument(paragraphs).newContext();
    const collection = context.document.body.paragraphs;
    collection.load('items/text');
    expect(() => collection.items).toThrow(PropertyNotLoadedError);
    await context.sync();
    const first = collection.items[0];
    expect(first?.text).toBe('KẾT QUẢ THỰC HIỆN');
    expect(() => first?.styleBuiltIn).toThrow(/PropertyNotLoaded|not available/);
  });

  it('resolves *OrNullObject at sync, and refuses to read a null object', async () => {
    const context = new FakeWordDocument(paragraphs).newContext();
    const collection = context.document.body.paragraphs;
    collection.load('items/text');
    await context.sync();
    const [heading, body] = collection.items;
    const listed = heading?.listItemOrNullObject.load('listString');
    const plain = body?.listItemOrNullObject.load('listString');
    expect(() => listed?.isNullObject).toThrow(PropertyNotLoadedError);
    await context.sync();
    expect(listed?.isNullObject).toBe(false);
    expect(listed?.listString).toBe('I.');
    expect(plain?.isNullObject).toBe(true);
    expect(() => plain?.listString).toThrow(/null object/);
  });

  it('fails the sync when an API needs a newer WordApi than the host has', async () => {
    const context = new FakeWordDocument(paragraphs, { wordApiMinor: 3 }).newContext();
    context.document.body.getTrackedChanges().load('items/type');
    await expect(context.sync()).rejects.toThrow(/WordApi 1.6/);
  });
});
