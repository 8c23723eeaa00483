/** The single-pass XML scanner and the element tree it builds: well-formed edge cases, every malformed case, limits. */
import { DocxReadError } from '../../src/docx';
import { childElements, parseXml, type XmlElement } from '../../src/docx/xml';

const PART = 'word/document.xml';
const encode = (xml: string) => new TextEncoder().encode(xml);
const parse = (xml: string, maxDepth = 1000) => parseXml(encode(xml), PART, maxDepth);

/** A compact picture of a tree: name, kept attributes in brackets, text in quotes, children in braces. */
function render(element: XmlElement): string {
  const attributes = element.attributes ? `[${element.attributes.join(' ')}]` : '';
  const text = element.text ? JSON.stringify(element.text) : '';
  const children = childElements(element).map(render).join(',');
  return `${element.name}${attributes}${text}${children ? `{${children}}` : ''}`;
}

function malformed(xml: string, maxDepth = 1000): DocxReadError {
  try {
    parse(xml, maxDepth);
  } catch (error) {
    expect(error).toBeInstanceOf(DocxReadError);
    const typed = error as DocxReadError;
    expect(typed.code).toBe('DOCX_MALFORMED_XML');
    expect(typed.vi).toContain(PART);
    expect(typed.en).toContain(PART);
    return typed;
  }
  throw new Error(`parsed without error: ${xml.slice(0, 80)}`);
}

describe('well-formed input', () => {
  test('declaration, byte order mark, comments, processing instructions and whitespace around the root', () => {
    const xml = '\ufeff<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- Báo cáo quý I -->\n<?mso-application progid="Word.Document"?>\n<w:document><w:body/></w:document>\n<!-- hết -->\n';
    expect(render(parse(xml))).toBe('w:document{w:body}');
  });

  test('elements keep their order and prefixes; self-closing tags with and without a space', () => {
    const xml = '<w:p><w:pPr><w:jc w:val="center" /></w:pPr><w:r><w:rPr><w:b/><w:i /></w:rPr><w:t>Sở Nội vụ</w:t></w:r></w:p>';
    expect(render(parse(xml))).toBe('w:p{w:pPr{w:jc[w:val center]},w:r{w:rPr{w:b,w:i},w:t"Sở Nội vụ"}}');
  });

  test('only the attributes the reader uses are kept; quotes of either kind and spaces around "=" are accepted', () => {
    const xml = `<w:p w:rsidR="00A1" w14:paraId="1F2E"><w:pStyle w:val = 'Heading1'/><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:p>`;
    expect(render(parse(xml))).toBe('w:p{w:pStyle[w:val Heading1],w:fldChar[w:fldCharType begin]}');
  });

  test('the five named entities and numeric references, in text and in attribute values', () => {
    const root = parse('<w:t w:val="&quot;Đ&#x1EA0;T&quot; &amp; &#273;">&lt;2023&gt; KT&amp;XH &apos;&#273;&#x1EA1;t&apos; &#x1F4C4;</w:t>');
    expect(root.text).toBe("<2023> KT&XH 'đạt' 📄");
    expect(root.attributes).toEqual(['w:val', '"ĐẠT" & đ']);
  });

  test('CDATA is kept as written, not decoded; text split by comments or CDATA is joined', () => {
    expect(parse('<w:t><![CDATA[a < b && c &amp; d]]></w:t>').text).toBe('a < b && c &amp; d');
    expect(parse('<w:t>Phòng, <!-- chú thích -->chống <![CDATA[tham]]> nhũng</w:t>').text).toBe('Phòng, chống tham nhũng');
  });

  test('">" in text and attribute values, and whitespace-only text, are kept', () => {
    const root = parse('<w:r><w:t xml:space="preserve">   </w:t><w:t>a > b</w:t><w:sym w:char="F0B7>"/></w:r>');
    expect(render(root)).toBe('w:r{w:t"   ",w:t"a > b",w:sym[w:char F0B7>]}');
  });

  test('a closing tag may have whitespace before ">"; line breaks inside tags are whitespace', () => {
    expect(render(parse('<w:p\n  w:rsidR="1"\r\n><w:r\t></w:r\n></w:p >'))).toBe('w:p{w:r}');
  });

  test('non-ASCII names and Vietnamese text survive', () => {
    expect(render(parse('<gốc><mục tên="Kế hoạch">Điều 1</mục></gốc>'))).toBe('gốc{mục"Điều 1"}');
  });

  test('50,000 paragraphs in one part are all parsed (speed: npm run bench -- hostile)', () => {
    const paragraph = '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">- Công khai dự toán ngân sách năm 2023 &amp; quyết toán.</w:t></w:r></w:p>';
    const root = parse(`<w:body>${paragraph.repeat(50_000)}</w:body>`);
    const paragraphs = childElements(root);
    expect(paragraphs).toHaveLength(50_000);
    expect(render(paragraphs[49_999] as XmlElement)).toBe('w:p{w:pPr{w:jc[w:val both]},w:r{w:t"- Công khai dự toán ngân sách năm 2023 & quyết toán."}}');
  });

  test('a tag with 20,000 attributes is read, and a repeat among them is still caught (speed: npm run bench -- hostile)', () => {
    const attributes = Array.from({ length: 20_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    expect(render(parse(`<w:p ${attributes}/>`))).toBe('w:p');
    expect(malformed(`<w:p ${attributes} a7="x"/>`).en).toContain('attribute "a7" is repeated');
  });
});

describe('malformed input is refused with DOCX_MALFORMED_XML, in Vietnamese and English, with line and column', () => {
  test.each([
    ['mismatched tags', '<w:p><w:r></w:p></w:r>', 'closing tag does not match <w:r>', 'không khớp'],
    ['an unclosed tag', '<w:body><w:p><w:r></w:r></w:body>', 'closing tag does not match <w:p>', 'không khớp'],
    ['an element never closed at the end', '<w:body><w:p><w:r></w:r>', 'element <w:p> is never closed', 'chưa được đóng'],
    ['a closing tag with no opening tag', '<w:body></w:body></w:p>', 'closing tag </w:p> has no opening tag', 'không có thẻ mở'],
    ['a closing tag with another name prefix', '<w:p></x:p>', 'closing tag does not match <w:p>', 'không khớp'],
    ['an attribute without a value', '<w:p w:val></w:p>', 'malformed attribute in <w:p>', 'sai cú pháp'],
    ['an unquoted attribute value', '<w:jc w:val=center/>', 'malformed attribute in <w:jc>', 'sai cú pháp'],
    ['attributes with no space between them', '<w:jc w:val="a"w:x="b"/>', 'malformed attribute in <w:jc>', 'sai cú pháp'],
    ['a repeated attribute', '<w:jc w:val="left" w:val="right"/>', 'attribute "w:val" is repeated', 'bị lặp lại'],
    ['"<" inside an attribute value', '<w:jc w:val="a<b"/>', 'a "<" inside an attribute value', 'giá trị thuộc tính'],
    ['"/" not followed by ">"', '<w:b/ ></w:b>', 'malformed attribute in <w:b>', 'sai cú pháp'],
    ['an invalid tag name', '<w:p>< w:r/></w:p>', 'invalid element or attribute name', 'không hợp lệ'],
    ['a tag name starting with a digit', '<1p/>', 'invalid element or attribute name', 'không hợp lệ'],
    ['an unknown entity', '<w:t>&nbsp;</w:t>', 'invalid character or entity reference', 'không hợp lệ'],
    ['an "&" without ";"', '<w:t>KT & XH</w:t>', 'invalid character or entity reference', 'không hợp lệ'],
    ['a reference to a character XML forbids', '<w:t>&#0;</w:t>', 'invalid character or entity reference', 'không hợp lệ'],
    ['a bad hexadecimal reference', '<w:t>&#xZZ;</w:t>', 'invalid character or entity reference', 'không hợp lệ'],
    ['a surrogate reference', '<w:t>&#xD800;</w:t>', 'invalid character or entity reference', 'không hợp lệ'],
    ['a bad reference in an attribute that is not kept', '<w:p w:rsidR="&bogus;"/>', 'invalid character or entity reference', 'không hợp lệ'],
    ['"--" inside a comment', '<w:p><!-- a -- b --></w:p>', 'an XML comment contains "--"', 'chứa "--"'],
    ['a DOCTYPE (entity expansion attacks)', '<!DOCTYPE lol [<!ENTITY lol "lol">]><w:t>&lol;</w:t>', 'DOCTYPE declarations are not supported', 'DOCTYPE'],
    ['an XML declaration not at the start', '<w:p/><?xml version="1.0"?>', 'is not at the start of the part', 'không nằm ở đầu'],
    ['an empty part', '', 'there is no root element', 'không có phần tử gốc'],
    ['a part with only a comment', '<?xml version="1.0"?><!-- trống -->', 'there is no root element', 'không có phần tử gốc'],
    ['text before the root', 'Báo cáo<w:p/>', 'there is content outside the root element', 'ngoài phần tử gốc'],
    ['text after the root', '<w:p/>Báo cáo', 'there is content outside the root element', 'ngoài phần tử gốc'],
    ['a second root element', '<w:p/><w:p/>', 'there is content outside the root element', 'ngoài phần tử gốc'],
    ['CDATA outside the root', '<![CDATA[x]]><w:p/>', 'there is content outside the root element', 'ngoài phần tử gốc'],
    ['an unknown "<!" construct', '<w:p><!ELEMENT x></w:p>', 'invalid element or attribute name', 'không hợp lệ'],
  ])('%s', (_case, xml, english, vietnamese) => {
    const error = malformed(xml);
    expect(error.en).toContain(english);
    expect(error.vi).toContain(vietnamese);
  });

  const endsEarly = 'the XML ends in the middle of a construct';
  test.each([
    ['in the middle of a tag name', '<w:body><w:p><w:r', endsEarly],
    ['in the middle of an attribute', '<w:body><w:p w:rsidR="00A', endsEarly],
    ['after an attribute name', '<w:body><w:p w:rsidR', endsEarly],
    ['after "="', '<w:body><w:p w:val=', endsEarly],
    ['in a closing tag', '<w:body><w:p></w:p></w:bo', endsEarly],
    ['inside a comment', '<w:body><!-- chưa hết', endsEarly],
    ['in the opening of a comment', '<w:body><!-', endsEarly],
    ['inside CDATA', '<w:body><w:t><![CDATA[chưa hết', endsEarly],
    ['inside a processing instruction', '<w:body><?mso chưa hết', endsEarly],
    ['inside the XML declaration', '<?xml version="1.0"', endsEarly],
    ['right after "<"', '<w:body><', endsEarly],
    ['after "/" of a self-closing tag', '<w:body><w:b/', endsEarly],
    ['in the middle of text', '<w:body><w:p><w:r><w:t>Kết quả thực hi', 'element <w:t> is never closed'],
  ])('truncated %s', (_case, xml, english) => {
    expect(malformed(xml).en).toContain(english);
  });

  test('the line and column point at the fault', () => {
    const error = malformed('<w:document>\n  <w:body>\n    <w:p></w:r>\n  </w:body>\n</w:document>');
    expect(error.vi).toContain('dòng 3, cột 10');
    expect(error.en).toContain('line 3, column 10');
  });

  test('100,000 nested elements stop at the depth limit with a clear error, not a stack overflow', () => {
    const depth = 100_000;
    const error = malformed('<w:sdt>'.repeat(depth) + '</w:sdt>'.repeat(depth));
    expect(error.en).toContain('nested too deeply (over 1000 levels)');
    expect(error.vi).toContain('lồng nhau quá sâu');
  });

  test('nesting up to the limit is accepted, one more level is not', () => {
    const nested = (levels: number) => '<a>'.repeat(levels) + '</a>'.repeat(levels);
    expect(parse(nested(50), 50).name).toBe('a');
    expect(malformed(nested(51), 50).en).toContain('over 50 levels');
    expect(malformed('<a>'.repeat(50) + '<a/>' + '</a>'.repeat(50), 50).en).toContain('over 50 levels');
  });
});
