/**
 * Photos of articles: reading a photo from an article's folder (its size as shown, after the EXIF orientation),
 * and making the resized JPEG variants the pages point at, from pixels only, so that no EXIF, GPS or camera
 * data is ever published. Variants are cached by the photo's content hash under {@code .brief-cache/photos/} of
 * the source folder, so a rebuild re-encodes nothing unchanged.
 */
package brief.photo;
