// The loader's RapidJSON reading against nlohmann's SAX parser: whenever the bridge reads a text, it must deliver
// exactly nlohmann's events; it must never read a text nlohmann refuses; and it must read the ordinary files it
// exists for.
#include "io/rapidjsonsaxbridge.h"

#include <QTest>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <random>

using namespace notiflow;
using nlohmann::json;

namespace {
// Writes every event as one line, so that two event streams compare as two strings.
class EventLog {
public:
    std::string text;

    bool null() { return add("null"); }
    bool boolean(bool value) { return add(value ? "true" : "false"); }
    bool number_integer(json::number_integer_t value) { return add("integer " + std::to_string(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return add("unsigned " + std::to_string(value)); }
    // The value to the last bit; not nlohmann's spelling of it, which the bridge leaves empty and the loader ignores.
    bool number_float(json::number_float_t value, const json::string_t&)
    {
        char exact[64];
        std::snprintf(exact, sizeof exact, "%a", value);
        return add("float " + std::string(exact));
    }
    bool string(json::string_t& value) { return add("string " + value); }
    bool binary(json::binary_t&) { return add("binary"); }
    bool key(json::string_t& value) { return add("key " + value); }
    bool start_object(std::size_t) { return add("{"); }
    bool end_object() { return add("}"); }
    bool start_array(std::size_t) { return add("["); }
    bool end_array() { return add("]"); }
    bool parse_error(std::size_t, const std::string&, const json::exception&) { return false; }

private:
    bool add(const std::string& event)
    {
        text += event;
        text += '\n';
        return true;
    }
};

struct Outcome {
    bool read = false;
    std::string events;
};

Outcome bridge(const std::string& text)
{
    EventLog log;
    const bool read = RapidJsonSaxBridge::read(text, log);
    return { read, log.text };
}

Outcome nlohmannSax(const std::string& text)
{
    EventLog log;
    const bool read = json::sax_parse(text.begin(), text.end(), &log);
    return { read, log.text };
}

// Compares one text; returns an explanation when the bridge breaks its promise, empty when it keeps it.
std::string breach(const std::string& text)
{
    const Outcome ours = bridge(text);
    if (!ours.read)
        return {};
    const Outcome theirs = nlohmannSax(text);
    if (!theirs.read)
        return "read a text nlohmann refuses";
    if (ours.events != theirs.events)
        return "events differ:\n" + ours.events + "instead of\n" + theirs.events;
    return {};
}

const char* sampleRecords
    = "[\n"
      "  {\"id\": \"CUST-000001\", \"name\": \"Zoë Łukasz \\\"Z\\\" \\\\ \\/ \\b\\f\\n\\r\\t "
      "\\u00e9\\u20AC\\ud83c\\udf81\", \"segment\": \"gold\",\n"
      "   \"n\": 0, \"neg\": -0, \"big\": 18446744073709551615, \"low\": -9223372036854775808, "
      "\"price\": 19.99, \"e\": 1E3,\n"
      "   \"f\": -2.5e-3, \"nested\": {\"a\": [true, false, null, {}, []], \"b\": {\"c\": [1, [2, "
      "[3]]]}}},\n"
      "  {\"id\": \"CUST-000002\", \"description\": null, \"empty\": \"\", \"ws\": [ 1 ,\t2 ,\n"
      "3 ]}\n"
      "]\n";
} // namespace

class TestRapidJsonSaxBridge : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsWhatNlohmannReads_data();
    void readsWhatNlohmannReads();
    void refusesWhatNlohmannRefuses_data();
    void refusesWhatNlohmannRefuses();
    void mutatedTextsKeepThePromise();
};

void TestRapidJsonSaxBridge::readsWhatNlohmannReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("records") << QByteArray(sampleRecords);
    QTest::newRow("with a byte order mark") << QByteArray("\xEF\xBB\xBF[1, \"x\"]");
    QTest::newRow("a single value") << QByteArray(" \"just text\" ");
    QTest::newRow("NUL escaped in a string") << QByteArray("[\"a\\u0000b\"]");
    QTest::newRow("DEL and a four-byte character") << QByteArray("[\"\x7f \xf0\x9f\x8e\x81\"]");
    QTest::newRow("long plain string") << QByteArray("[\"") + QByteArray(1000, 'x') + QByteArray("\"]");
    QTest::newRow("float rounding") << QByteArray("[0.1, 1.7976931348623157e308, 2.2250738585072014e-308, 5e-324]");
}

void TestRapidJsonSaxBridge::readsWhatNlohmannReads()
{
    QFETCH(QByteArray, text);
    const std::string s = text.toStdString();
    QVERIFY(bridge(s).read);
    QVERIFY(nlohmannSax(s).read);
    QCOMPARE(bridge(s).events, nlohmannSax(s).events);
}

void TestRapidJsonSaxBridge::refusesWhatNlohmannRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("nlohmannReadsIt");
    const auto row = [](const char* name, const char* text, bool nlohmannReadsIt) {
        QTest::newRow(name) << QByteArray(text) << nlohmannReadsIt;
    };
    row("empty", "", false);
    row("trailing comma", "[1, 2,]", false);
    row("missing comma", "[1 2]", false);
    row("missing colon", "{\"a\" 1}", false);
    row("unquoted key", "{a: 1}", false);
    row("single quotes", "['a']", false);
    row("leading zero", "[01]", false);
    row("leading plus", "[+1]", false);
    row("bare minus", "[-]", false);
    row("dot without digits", "[1.]", false);
    row("exponent without digits", "[1e+]", false);
    row("hexadecimal", "[0x10]", false);
    row("NaN", "[NaN]", false);
    row("truncated literal", "[tru]", false);
    row("wrong bracket", "[1}", false);
    row("unclosed array", "[1, 2", false);
    row("unclosed string", "[\"abc", false);
    row("raw newline in a string", "[\"a\nb\"]", false);
    row("raw tab in a string", "[\"a\tb\"]", false);
    row("unknown escape", "[\"\\x\"]", false);
    row("short unicode escape", "[\"\\u12\"]", false);
    row("lone high surrogate", "[\"\\ud83c\"]", false);
    row("high surrogate then a letter", "[\"\\ud83cx\"]", false);
    row("lone low surrogate", "[\"\\udf81\"]", false);
    row("invalid UTF-8", "[\"\xff\"]", false);
    row("overlong UTF-8", "[\"\xc0\xaf\"]", false);
    row("UTF-8 encoded surrogate", "[\"\xed\xa0\x80\"]", false);
    row("truncated UTF-8", "[\"\xe2\x82\"]", false);
    row("broken byte order mark", "\xEF\xBB[1]", false);
    row("two values", "[1] [2]", false);
    row("comment", "[1] // no", false);
    row("number too large", "[1e400]", false);
    row("integer beyond 64 bits", "[18446744073709551616]", true);
    row("negative integer beyond 64 bits", "[-9223372036854775809]", true);
    row("underflow", "[1e-400]", true);
    // nlohmann takes a NUL byte for the end of the text; the bridge leaves such texts to it.
    QTest::newRow("NUL after the value") << QByteArray("[1]\0[2]", 7) << true;
    QTest::newRow("NUL inside a string") << QByteArray("[\"a\0b\"]", 7) << false;
}

void TestRapidJsonSaxBridge::refusesWhatNlohmannRefuses()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, nlohmannReadsIt);
    const std::string s = text.toStdString();
    QCOMPARE(nlohmannSax(s).read, nlohmannReadsIt);
    // What nlohmann refuses the bridge must refuse; what it reads the bridge may leave to it, or read the same.
    if (!nlohmannReadsIt)
        QVERIFY(!bridge(s).read);
    const std::string problem = breach(s);
    QVERIFY2(problem.empty(), problem.c_str());
}

void TestRapidJsonSaxBridge::mutatedTextsKeepThePromise()
{
    // Every text one or two byte edits away from the sample: most are broken in some way, some are not.
    const std::string sample = sampleRecords;
    const char replacements[] = { '"', '\\', ',', ':', '[', ']', '{', '}', '0', '9', '-', '.', 'e', 'u', ' ', '\n',
        '\x01', '\x80', '\xbf', '\xc3', '\xe2', '\xed', '\xf0', '\xff' };
    std::mt19937 random(20250306);
    std::uniform_int_distribution<std::size_t> position(0, sample.size() - 1);
    std::uniform_int_distribution<std::size_t> replacement(0, sizeof replacements - 1);
    int readByBoth = 0;
    for (int n = 0; n < 20000; ++n) {
        std::string text = sample;
        const int edits = 1 + n % 2;
        for (int k = 0; k < edits; ++k) {
            const std::size_t at = position(random);
            if (n % 7 == 0)
                text.erase(at, 1);
            else
                text[at] = replacements[replacement(random)];
        }
        const std::string problem = breach(text);
        if (!problem.empty())
            QFAIL(("for " + text + "\n" + problem).c_str());
        readByBoth += bridge(text).read ? 1 : 0;
    }
    QVERIFY(readByBoth > 100); // edits inside strings and numbers leave many texts valid: those were compared
}

QTEST_APPLESS_MAIN(TestRapidJsonSaxBridge)
#include "tst_rapidjsonsaxbridge.moc"
