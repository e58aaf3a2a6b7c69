import { sha256Hex, isJsonObject } from '@inftool/core';

type Json = Record<string, unknown>;
type ImageFormat = 'png' | 'jpeg';

const snake = (key: string): string => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Text that may be an image's bytes in base64: long enough to hold a file's header. A short code of
 * base64's letters (a weather `icon` `c02d`, `r01n`) names an icon; made into bytes it reads as a blob.
 */
const imageBytes = (text: string): boolean => text.length >= 16 && BASE64.test(text);

/** A field holding an image's bytes (`imageBytes`, `image`, `photo_data`, `thumbnail_base64`). */
const IMAGE_BYTES =
  /^(image|picture|photo|logo|thumbnail|icon|avatar)(_(bytes|data|content|base64|blob))?$|(^|_)(image|picture|photo|thumbnail)_(bytes|data|base64|blob)$/;
const FILE_NAME = /^(file_?name|filename|name|file)$/;
/** A field naming an image's type: a MIME type (`image/png`) or a format (`png`). */
const IMAGE_TYPE = /^(image_?type|content_?type|mime_?type|media_?type|mime)$/;
const IMAGE_FORMAT = /^(image_?format|format|extension|file_?type)$/;
const IMAGE_EXTENSION = /\.(png|jpe?g|gif|webp)$/i;
/** Names an image file of a publisher's record takes: a banner, a photo, a logo. */
const IMAGE_STEMS = ['banner', 'header-image', 'cover-photo', 'feature-photo', 'logo', 'photo', 'thumbnail', 'hero-image'];

/** The CRC-32 of `bytes` (PNG chunks carry one). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The opening bytes of an image file of `format` and size `width`×`height`: what a reader that decodes them finds (PNG signature and header chunk, JPEG's JFIF marker). */
export function imageHeader(format: ImageFormat, width: number, height: number): Buffer {
  if (format === 'jpeg') {
    const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x03]);
    return Buffer.concat([Buffer.from('ffd8ffe000104a46494600010101004800480000', 'hex'), frame, Buffer.from([0xff, 0xd9])]);
  }
  const data = Buffer.alloc(17);
  data.write('IHDR', 0, 'ascii');
  data.writeUInt32BE(width, 4);
  data.writeUInt32BE(height, 8);
  data.set([8, 2, 0, 0, 0], 12);
  const chunk = Buffer.alloc(25);
  chunk.writeUInt32BE(13, 0);
  data.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(data), 21);
  const end = Buffer.from('0000000049454e44ae426082', 'hex');
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), chunk, end]);
}

/**
 * An image record says one thing: its bytes (`imageBytes`, a base64 `image`) open as an image file
 * of its format, its file name ends in that format's extension (a name that is no image's,
 * `data-export.html`, becomes a banner's or a photo's), and its type field names it (`image/png`, a
 * `format` `png`). The format is the file name's when that is an image's, else drawn from the record.
 */
function imageRecord(object: Json): void {
  const bytesKey = Object.keys(object).find(
    (key) => IMAGE_BYTES.test(snake(key)) && typeof object[key] === 'string' && imageBytes(object[key] as string),
  );
  if (bytesKey === undefined) return;
  const seed = parseInt(sha256Hex(JSON.stringify(object[bytesKey])).slice(0, 8), 16);
  const nameKey = Object.keys(object).find(
    (key) => FILE_NAME.test(snake(key)) && typeof object[key] === 'string' && /\.\w{2,5}$/.test(object[key] as string),
  );
  const named = nameKey === undefined ? undefined : IMAGE_EXTENSION.exec(object[nameKey] as string)?.[1]?.toLowerCase();
  const format: ImageFormat = named === 'png' ? 'png' : named === 'jpg' || named === 'jpeg' ? 'jpeg' : seed % 2 === 0 ? 'png' : 'jpeg';
  object[bytesKey] = imageHeader(format, 640 + (seed % 9) * 160, 360 + ((seed >>> 4) % 7) * 90).toString('base64');
  if (nameKey !== undefined && named === undefined)
    object[nameKey] = `${IMAGE_STEMS[(seed >>> 8) % IMAGE_STEMS.length]}.${format === 'png' ? 'png' : 'jpg'}`;
  for (const key of Object.keys(object)) {
    if (typeof object[key] !== 'string') continue;
    if (IMAGE_TYPE.test(snake(key)) || (/^image/.test(snake(key)) && /type$/.test(snake(key)))) object[key] = `image/${format}`;
    else if (IMAGE_FORMAT.test(snake(key))) object[key] = format === 'png' ? 'png' : 'jpg';
  }
}

/** A field holding a document or a file's content, whose size a sibling states. */
const CONTENT = /^(content|document|body|data|xml|html|text|file_?content|payload|raw)$|(^|_)(bytes|base64|content)$/;
const SIZE = /^(size|size_?bytes|size_?in_?bytes|file_?size|byte_?size|content_?length|length_?bytes|num_?bytes|bytes)$/;
const BYTES_FIELD = /(^|_)(bytes|base64|blob)$|^(image|picture|photo|logo|thumbnail|icon|avatar)$/;

/** A size beside the content it measures (`size_bytes` of a ZUGFeRD document) is that content's size in bytes: decoded for base64 bytes, UTF-8 for text. */
function contentSize(object: Json): void {
  const sizeKey = Object.keys(object).find((key) => SIZE.test(snake(key)) && typeof object[key] === 'number');
  if (sizeKey === undefined) return;
  const contents = Object.keys(object).filter(
    (key) => key !== sizeKey && !SIZE.test(snake(key)) && (CONTENT.test(snake(key)) || IMAGE_BYTES.test(snake(key))),
  );
  const contentKey = contents.find((key) => typeof object[key] === 'string' && (object[key] as string).length >= 16);
  if (contentKey === undefined || contents.length > 1) return;
  const text = object[contentKey] as string;
  const base64 = BYTES_FIELD.test(snake(contentKey)) && BASE64.test(text);
  object[sizeKey] = base64 ? Buffer.from(text, 'base64').length : Buffer.byteLength(text, 'utf8');
}

/** Images that are images and sizes that measure their content, in every object of `value`. Works in place. */
export function mediaThatFits(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(mediaThatFits);
  if (!isJsonObject(value)) return;
  imageRecord(value);
  contentSize(value);
  Object.values(value).forEach(mediaThatFits);
}
