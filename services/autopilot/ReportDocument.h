#pragma once

#include "ReportData.h"

#include <QByteArray>
#include <QImage>
#include <QString>

// A report as people read it, in the language of the process: the e-mail's subject, its plain text
// and HTML, and the PDF with its charts (Qt's PDF writer and text layout; the charts drawn with
// QPainter). The PDF needs a QGuiApplication (fonts): `quorum serve` and `quorum report` run under
// one on the offscreen platform.
namespace ReportDocument
{

QString title(const ReportData::Data& d);
QString text(const ReportData::Data& d);
// chartWidth > 0: for the PDF, with the charts (images named chart:sales and chart:spend) that wide in
// the document's units; 0: for the e-mail, where a line says the attached PDF has them.
QString html(const ReportData::Data& d, int chartWidth = 0);
// The charts: revenue and gross profit per day; ad and AI spend per day. width in pixels.
QImage salesChart(const ReportData::Data& d, int width);
QImage spendChart(const ReportData::Data& d, int width);
// Empty with *error when no QGuiApplication runs.
QByteArray pdf(const ReportData::Data& d, QString* error);

} // namespace ReportDocument
