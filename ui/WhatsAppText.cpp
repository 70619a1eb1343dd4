// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhatsAppText.h"

#include <QRegularExpression>

namespace inbox {

namespace {

struct Marker
{
    QRegularExpression pattern;
    QString tag;
};

/// *bold*, _italic_ and ~strike~: an opening marker at the start or after a space or bracket,
/// a closing one before the end, a space or punctuation; the text between neither starts nor
/// ends with a space. Compiled once: previews and bubbles are formatted while painting.
const QList<Marker> &markers()
{
    static const QList<Marker> list = [] {
        QList<Marker> made;
        for (const auto &[symbol, tag] : {std::pair{u'*', "b"}, {u'_', "i"}, {u'~', "s"}}) {
            const QString s = QRegularExpression::escape(QString(QChar(symbol)));
            made.append(
                {QRegularExpression(
                     QStringLiteral("(^|[\\s(>])%1(?=\\S)(.+?)(?<=\\S)%1(?=$|[\\s.,!?;:)<])")
                         .arg(s)),
                 QLatin1String(tag)});
        }
        return made;
    }();
    return list;
}

const QRegularExpression &monospace()
{
    static const QRegularExpression mono(QStringLiteral("```(.+?)```"),
                                         QRegularExpression::DotMatchesEverythingOption);
    return mono;
}

/// Marks in a stretch without monospace: as HTML tags (with links), or simply removed.
QString formatted(QString text, bool html)
{
    for (const Marker &marker : markers()) {
        text.replace(marker.pattern, html ? QStringLiteral("\\1<%1>\\2</%1>").arg(marker.tag)
                                          : QStringLiteral("\\1\\2"));
    }
    if (html) {
        static const QRegularExpression link(QStringLiteral(R"((https?://[^\s<]+[^\s<.,!?;:)]))"));
        text.replace(link, QStringLiteral("<a href=\"\\1\">\\1</a>"));
    }
    return text;
}

/// Monospace first, since nothing inside it is formatted; then the marks around it.
QString convert(const QString &text, bool html)
{
    QString out;
    qsizetype done = 0;
    for (const auto &match : monospace().globalMatch(text)) {
        out += formatted(text.mid(done, match.capturedStart() - done), html);
        out += html ? QStringLiteral("<code>") + match.captured(1) + QStringLiteral("</code>")
                    : match.captured(1);
        done = match.capturedEnd();
    }
    out += formatted(text.mid(done), html);
    return out;
}

} // namespace

QString whatsAppToHtml(const QString &text)
{
    QString html = convert(text.toHtmlEscaped(), true);
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString whatsAppToPlain(const QString &text)
{
    return convert(text, false);
}

} // namespace inbox
