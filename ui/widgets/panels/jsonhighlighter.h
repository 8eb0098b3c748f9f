// Syntax colours for pretty-printed JSON (keys, strings, numbers, true/false/null), taken from the palette so the
// text stays readable on light and dark themes.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace notiflow::ui {

class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument* document);

    // Re-derives the colours, e.g. after the application palette changed.
    void setPalette(const QPalette& palette);

protected:
    void highlightBlock(const QString& text) override;

private:
    QRegularExpression m_token;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_punctuation;
};

} // namespace notiflow::ui
