// The JSON writer: RapidJSON's Writer must write strings exactly as nlohmann's dump writes them (the output format
// was fixed by it), for text that needs no escapes, text that does, and ill-formed UTF-8.
#include "io/jsonwriter.h"

#include <QTest>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>

using namespace notiflow;

namespace {
std::string nlohmannSpelling(const std::string& s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Writes a json value (integers, strings, booleans, null, containers) through a JsonWriter, keys in nlohmann's order.
void writeThrough(JsonWriter& out, const nlohmann::json& value)
{
    if (value.is_object()) {
        out.beginObject();
        for (const auto& [key, member] : value.items()) {
            out.key(key);
            writeThrough(out, member);
        }
        out.endObject();
    } else if (value.is_array()) {
        out.beginArray();
        for (const auto& element : value)
            writeThrough(out, element);
        out.endArray();
    } else if (value.is_string()) {
        out.value(value.get_ref<const std::string&>());
    } else if (value.is_boolean()) {
        out.value(value.get<bool>());
    } else if (value.is_number_unsigned()) {
        out.value(value.get<std::size_t>());
    } else if (value.is_number_integer()) {
        out.value(value.get<std::int64_t>());
    } else {
        out.null();
    }
}

std::string ourSpelling(const std::string& s)
{
    JsonWriter json;
    json.appendBetweenValues("prefix:"); // appending must keep what is already there
    json.value(s);
    return json.text().substr(7);
}
} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stringsAsNlohmannWritesThem_data();
    void stringsAsNlohmannWritesThem();
    void randomBytesAsNlohmannWritesThem();
    void objectsAndArrays();
    void documentsAsNlohmannWritesThem();
    void numbers_data();
    void numbers();
    void valuesOneAfterAnother();
};

void TestJsonWriter::stringsAsNlohmannWritesThem_data()
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

void TestJsonWriter::stringsAsNlohmannWritesThem()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const std::string s(text.constData(), static_cast<std::size_t>(text.size()));
    const std::string ours = ourSpelling(s);
    QCOMPARE(ours, nlohmannSpelling(s));
    if (!expected.isNull())
        QCOMPARE(QByteArray::fromStdString(ours), expected);
}

void TestJsonWriter::randomBytesAsNlohmannWritesThem()
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

void TestJsonWriter::objectsAndArrays()
{
    JsonWriter json;
    json.beginObject().field("name", "Zoë").field("n", 3).key("list").beginArray().value(true).null();
    json.endArray().key("price").money(19920).endObject();
    QCOMPARE(json.text(), std::string("{\"name\":\"Zoë\",\"n\":3,\"list\":[true,null],\"price\":199.20}"));
}

void TestJsonWriter::documentsAsNlohmannWritesThem()
{
    // Random documents of every kind of value but floating point (money is written as text, see numbers()), with
    // strings that need escapes or replacement: written by RapidJSON, they must read as nlohmann's dump.
    std::mt19937 random(20260301);
    const std::string pieces[]
        = { "a", "Zoë", "→", "\"", "\\", "\n", "\x01", "\x1f", "\xff", "\xed\xa0\x80", "🎁", " " };
    std::uniform_int_distribution<int> kind(0, 6);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(pieces) - 1);
    std::uniform_int_distribution<std::int64_t> number(-1'000'000'000'000, 1'000'000'000'000);
    const auto text = [&] {
        std::string s;
        for (int n = kind(random); n > 0; --n)
            s += pieces[piece(random)];
        return s;
    };
    const std::function<nlohmann::json(int)> make = [&](int depth) -> nlohmann::json {
        switch (depth > 3 ? kind(random) % 4 : kind(random)) {
        case 0:
            return text();
        case 1:
            return number(random);
        case 2:
            return kind(random) % 2 == 0;
        case 3:
            return std::uint64_t(number(random) & 0x7fffffff) + 18'000'000'000'000'000'000u;
        case 4:
            return nullptr;
        case 5: {
            auto array = nlohmann::json::array();
            for (int n = kind(random); n > 0; --n)
                array.push_back(make(depth + 1));
            return array;
        }
        default: {
            auto object = nlohmann::json::object();
            for (int n = kind(random); n > 0; --n)
                object["k" + std::to_string(n)] = make(depth + 1);
            return object;
        }
        }
    };
    for (int n = 0; n < 5000; ++n) {
        const nlohmann::json document = make(0);
        JsonWriter ours;
        writeThrough(ours, document);
        const std::string theirs = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        if (ours.text() != theirs)
            QFAIL(qPrintable(QString::fromStdString("differs: " + ours.text() + " instead of " + theirs)));
    }
}

void TestJsonWriter::numbers_data()
{
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char* name, const std::function<void(JsonWriter&)>& write, const char* expected) {
        JsonWriter json;
        write(json);
        QTest::newRow(name) << QByteArray::fromStdString(json.text()) << QByteArray(expected);
    };
    row(
        "money keeps two decimals", [](JsonWriter& w) { w.money(19920); }, "199.20");
    row(
        "money under a dollar", [](JsonWriter& w) { w.money(5); }, "0.05");
    row(
        "zero money", [](JsonWriter& w) { w.money(0); }, "0.00");
    row(
        "largest int64", [](JsonWriter& w) { w.value(std::numeric_limits<std::int64_t>::max()); },
        "9223372036854775807");
    row(
        "smallest int64", [](JsonWriter& w) { w.value(std::numeric_limits<std::int64_t>::min()); },
        "-9223372036854775808");
    row(
        "size", [](JsonWriter& w) { w.value(std::size_t(18'446'744'073'709'551'615u)); }, "18446744073709551615");
    row(
        "raw text in an array", [](JsonWriter& w) { w.beginArray().raw("{\"a\":[1,2]}").raw("3").endArray(); },
        "[{\"a\":[1,2]},3]");
}

void TestJsonWriter::numbers()
{
    QFETCH(QByteArray, written);
    QFETCH(QByteArray, expected);
    QCOMPARE(written, expected);
}

void TestJsonWriter::valuesOneAfterAnother()
{
    // The items of a streamed list: one writer, each item a complete value after the text already there.
    JsonWriter json;
    json.appendBetweenValues("[");
    json.beginObject().field("n", 1).endObject();
    json.appendBetweenValues(",");
    json.startNextValue();
    json.beginObject().field("n", 2).endObject();
    json.appendBetweenValues("]");
    QCOMPARE(json.text(), std::string("[{\"n\":1},{\"n\":2}]"));
    QCOMPARE(json.take(), std::string("[{\"n\":1},{\"n\":2}]"));
    QCOMPARE(json.size(), std::size_t(0));
}

QTEST_APPLESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
