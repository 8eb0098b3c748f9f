// One regular expression tokenises a line of dump(2) output; a string followed by a colon is a key. Strings never
// span lines in that output, so highlighting needs no state between blocks.
#include "widgets/panels/jsonhighlighter.h"

#include "painting/style/panelpalette.h"

#include <QTextDocument>

namespace notiflow::ui {

JsonHighlighter::JsonHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
    , m_token(QStringLiteral(
          R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}\[\],]))RX"))
{
    setPalette(QPalette());
}

void JsonHighlighter::setPalette(const QPalette& palette)
{
    const PanelPalette colors(palette);
    m_key.setForeground(colors.jsonKey());
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(colors.jsonString());
    m_number.setForeground(colors.jsonNumber());
    m_keyword.setForeground(colors.jsonKeyword());
    m_keyword.setFontWeight(QFont::DemiBold);
    m_punctuation.setForeground(colors.mutedText());
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString& text)
{
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {
            const bool isKey = m.capturedLength(2) > 0;
            setFormat(
                static_cast<int>(m.capturedStart(1)), static_cast<int>(m.capturedLength(1)), isKey ? m_key : m_string);
        } else if (m.capturedLength(3) > 0) {
            setFormat(static_cast<int>(m.capturedStart(3)), static_cast<int>(m.capturedLength(3)), m_number);
        } else if (m.capturedLength(4) > 0) {
            setFormat(static_cast<int>(m.capturedStart(4)), static_cast<int>(m.capturedLength(4)), m_keyword);
        } else if (m.capturedLength(5) > 0) {
            setFormat(static_cast<int>(m.capturedStart(5)), static_cast<int>(m.capturedLength(5)), m_punctuation);
        }
    }
}

} // namespace notiflow::ui
