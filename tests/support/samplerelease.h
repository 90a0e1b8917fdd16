#pragma once

#include "model/release.h"

namespace rd::test {

// A release in which every field of the model holds a distinct, non-default value, with a logo
// and two attachments, so that a round trip that loses any field is noticed. Deterministic: the
// same call gives the same release (and the same project bytes) every time.
Release sampleRelease();

// The sample in English alone, still approved: for what a bilingual release would double.
Release sampleReleaseInOneLanguage();

// The sample in English alone as a draft that can be approved on any day the tests run: its
// dateline today and its embargo a month ahead, where the sample's fixed dates would one day be
// past.
Release sampleDraftToApprove();

// The sample release in English alone with a body of `paragraphs` paragraphs of varied length (one
// to nine lines) and draft status, long enough to run over many pages.
Release longRelease(int paragraphs);

// A small valid PNG (8x4 pixels) and a small PDF, as bytes.
QByteArray samplePng();
QByteArray samplePdf();

// Writes a real A4 PDF of the given number of pages (each a grey box, no text, so that no
// QGuiApplication is needed) to path.
bool writePdfOfPages(const QString &path, int pages);

} // namespace rd::test
