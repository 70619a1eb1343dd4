#include "WhatsAppText.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace inbox {

namespace {

/// Bold, italic, strike-through and links in a stretch of escaped text without monospace.
QString formatted(QString html)
{
    struct Marker
    {
        QChar symbol;
        const char *tag;
    };
    for (const Marker &marker : {Marker{u'*', "b"}, Marker{u'_', "i"}, Marker{u'~', "s"}}) {
        const QString s = QRegularExpression::escape(QString(marker.symbol));
        // Opening marker at the start or after a space or bracket, closing before the end, a
        // space or punctuation; the text between neither starts nor ends with a space.
        const QRegularExpression pattern(
            QStringLiteral("(^|[\\s(>])%1(?=\\S)(.+?)(?<=\\S)%1(?=$|[\\s.,!?;:)<])").arg(s));
        html.replace(pattern, QStringLiteral("\\1<%1>\\2</%1>").arg(QLatin1String(marker.tag)));
    }
    static const QRegularExpression link(QStringLiteral(R"((https?://[^\s<]+[^\s<.,!?;:)]))"));
    html.replace(link, QStringLiteral("<a href=\"\\1\">\\1</a>"));
    return html;
}

} // namespace

QString whatsAppToHtml(const QString &text)
{
    const QString escaped = text.toHtmlEscaped();
    // Monospace first: nothing inside it is formatted.
    static const QRegularExpression mono(QStringLiteral("```(.+?)```"),
                                         QRegularExpression::DotMatchesEverythingOption);
    QString html;
    qsizetype done = 0;
    for (const auto &match : mono.globalMatch(escaped)) {
        html += formatted(escaped.mid(done, match.capturedStart() - done));
        html += QStringLiteral("<code>") + match.captured(1) + QStringLiteral("</code>");
        done = match.capturedEnd();
    }
    html += formatted(escaped.mid(done));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString whatsAppToPlain(const QString &text)
{
    return QTextDocumentFragment::fromHtml(whatsAppToHtml(text)).toPlainText();
}

} // namespace inbox
