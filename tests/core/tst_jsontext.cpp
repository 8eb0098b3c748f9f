// The JSON string writer: its own fast path must write exactly what nlohmann's dump writes (the output format was
// fixed by it), for text that needs no escapes, text that does, and ill-formed UTF-8.
#include "jsontext.h"

#include <QTest>
#include <nlohmann/json.hpp>
#include <random>

using namespace notiflow;

namespace {
std::string nlohmannSpelling(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ourSpelling(const std::string& s)
{
    std::string out = "prefix:"; // appending must keep what is already there
    appendJsonString(out, s);
    return out.substr(7);
}
} // namespace

class TestJsonText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stringsAsNlohmannWritesThem_data();
    void stringsAsNlohmannWritesThem();
    void randomBytesAsNlohmannWritesThem();
    void objectsAndArrays();
};

void TestJsonText::stringsAsNlohmannWritesThem_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char* name, std::string text, const char* expected) {
        QTest::newRow(name) << QByteArray(text.data(), static_cast<int>(text.size())) << QByteArray(expected);
    };
    row("empty", "", "\"\"");
    row("plain", "PRICE_DROP_ALERT for CUST-000123", "\"PRICE_DROP_ALERT for CUST-000123\"");
    row("quote and backslash", "a \"b\" \\c", "\"a \\\"b\\\" \\\\c\"");
    row("short escapes", "\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"");
    row("other control bytes", std::string("\x01\x1f\x00x", 4), "\"\\u0001\\u001f\\u0000x\"");
    row("DEL stays",
        "a\x7f"
        "b",
        "\"a\x7f"
        "b\"");
    row("two-byte UTF-8", "Zoë Łukasz", "\"Zoë Łukasz\"");
    row("three-byte UTF-8", "order → SHIPPED", "\"order → SHIPPED\"");
    row("four-byte UTF-8", "gift 🎁 card", "\"gift 🎁 card\"");
    row("escape after a long plain run", "0123456789abcdefghij\"", "\"0123456789abcdefghij\\\"\"");
    row("lone continuation byte",
        "ab\x80"
        "cd",
        "\"ab\xef\xbf\xbd"
        "cd\"");
    row("overlong encoding", "\xc0\xaf", "\"\xef\xbf\xbd\xef\xbf\xbd\"");
    row("UTF-8 encoded surrogate", "x\xed\xa0\x80y", nullptr);
    row("truncated sequence at the end", "abc\xe2\x82", nullptr);
    row("beyond U+10FFFF", "\xf4\x90\x80\x80", nullptr);
    row("invalid lead byte", "\xf5\x80\x80\x80 and more text", nullptr);
}

void TestJsonText::stringsAsNlohmannWritesThem()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::string s(text.constData(), static_cast<std::size_t>(text.size()));
    const std::string ours = ourSpelling(s);
    QCOMPARE(ours, nlohmannSpelling(s));
    if (!expected.isNull())
        QCOMPARE(QByteArray::fromStdString(ours), expected);
}

void TestJsonText::randomBytesAsNlohmannWritesThem()
{
    // Short strings drawn from bytes that matter (ASCII, escapes, lead and continuation bytes), so that every
    // path of the writer meets every neighbour, and runs longer than one eight-byte word.
    const unsigned char alphabet[] = { 'a', 'Z', ' ', '"', '\\', '\n', 0x01, 0x1f, 0x7f, 0x80, 0xbf, 0xc2, 0xc0, 0xdf,
        0xe0, 0xe2, 0xed, 0xa0, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff };
    std::mt19937 random(20250306);
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 1);
    std::uniform_int_distribution<int> length(0, 24);
    for (int n = 0; n < 200000; ++n) {
        std::string s;
        const int size = length(random);
        for (int k = 0; k < size; ++k)
            s += static_cast<char>(alphabet[pick(random)]);
        const std::string ours = ourSpelling(s);
        const std::string theirs = nlohmannSpelling(s);
        if (ours != theirs)
            QFAIL(qPrintable(QStringLiteral("differs for %1: %2 instead of %3")
                                 .arg(QString::fromLatin1(QByteArray::fromStdString(s).toHex()),
                                     QString::fromStdString(ours), QString::fromStdString(theirs))));
    }
}

void TestJsonText::objectsAndArrays()
{
    JsonText json;
    json.beginObject().field("name", "Zoë").field("n", 3).key("list").beginArray().value(true).null();
    json.endArray().key("price").money(19920).endObject();
    QCOMPARE(json.text(), std::string("{\"name\":\"Zoë\",\"n\":3,\"list\":[true,null],\"price\":199.20}"));
}

QTEST_APPLESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
