// SVG font names a browser understands: Qt's SVG writer copies the font's family as Qt knows it ("Sans Serif" is
// a fontconfig alias, not a CSS family), so a browser may fall back to a serif face. This names the real family
// with a generic fallback instead.
#pragma once

#include <QByteArray>
#include <QString>

namespace notiflow::ui {

class SvgFonts final {
public:
    // `svg` with every font-family attribute rewritten, e.g. "Sans Serif" to 'DejaVu Sans', sans-serif.
    static QByteArray withFallbacks(const QByteArray& svg);
    // The CSS value for a family as Qt names it: the family fontconfig resolves it to, quoted, then a generic.
    static QString cssFamily(const QString& family);
};

} // namespace notiflow::ui
