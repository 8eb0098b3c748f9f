// Writes a large, deterministic data set in the original schema, for benchmarks of loading and running.
// Usage: generate_dataset OUTDIR [--customers N] [--seed S]. About half the customers hold PROD-001 (the product
// data/scenarios/price-drop.json discounts) in their cart; ids follow the default data set, so its scenarios
// that name PROD-001..PROD-010 or low order numbers validate here too.

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace {

// splitmix64: tiny, fast, and the same sequence on every platform (std:: distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // Uniform in [0, n); the modulo bias is irrelevant at these sizes.
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T> const T& pick(const std::vector<T>& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }

private:
    std::uint64_t m_state;
};

// Buffers one output file and writes it in large blocks, so no file is ever held whole in memory.
class JsonFileWriter {
public:
    explicit JsonFileWriter(const std::filesystem::path& path)
        : m_path(path)
        , m_file(std::fopen(path.string().c_str(), "wb"))
    {
        if (!m_file) {
            std::fprintf(stderr, "generate_dataset: cannot write %s\n", path.string().c_str());
            std::exit(1);
        }
        m_buffer.reserve(blockSize + 4096);
        m_buffer += "[\n";
    }

    ~JsonFileWriter() { close(); }
    JsonFileWriter(const JsonFileWriter&) = delete;
    JsonFileWriter& operator=(const JsonFileWriter&) = delete;

    // Each record goes on its own line, without optional spaces: readable with grep, small on disk.
    std::string& beginRecord()
    {
        if (m_records++ > 0)
            m_buffer += ",\n";
        m_buffer += "  ";
        return m_buffer;
    }

    void endRecord()
    {
        if (m_buffer.size() >= blockSize)
            flush();
    }

    std::uint64_t close()
    {
        if (!m_file)
            return m_written;
        m_buffer += m_records > 0 ? "\n]\n" : "]\n";
        flush();
        if (std::fclose(m_file) != 0) {
            std::fprintf(stderr, "generate_dataset: error writing %s\n", m_path.string().c_str());
            std::exit(1);
        }
        m_file = nullptr;
        return m_written;
    }

private:
    void flush()
    {
        if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) {
            std::fprintf(stderr, "generate_dataset: error writing %s\n", m_path.string().c_str());
            std::exit(1);
        }
        m_written += m_buffer.size();
        m_buffer.clear();
    }

    static constexpr std::size_t blockSize = 1 << 20;
    std::filesystem::path m_path;
    std::FILE* m_file;
    std::string m_buffer;
    std::uint64_t m_records = 0;
    std::uint64_t m_written = 0;
};

// Generated names hold no quote, backslash or control character, so they need no escaping.
void addString(std::string& out, std::string_view key, std::string_view value)
{
    out += '"';
    out += key;
    out += "\":\"";
    out += value;
    out += '"';
}

void addRaw(std::string& out, std::string_view key, std::string_view value)
{
    out += '"';
    out += key;
    out += "\":";
    out += value;
}

std::string numberedId(const char* prefix, long number)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%03ld", prefix, number);
    return buffer;
}

std::string money(long cents)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%ld.%02ld", cents / 100, cents % 100);
    return buffer;
}

// An ISO timestamp between 2021 and 2025; days are capped at 28 to stay valid in every month.
std::string timestamp(Random& random, int firstYear = 2021)
{
    char buffer[64]; // room for any int in each field, so the compiler can prove nothing is cut off
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:00Z", firstYear + random.below(2025 - firstYear + 1),
        1 + random.below(12), 1 + random.below(28), random.below(24), random.below(60));
    return buffer;
}

struct ProductInfo {
    std::string id;
    std::string name;
    long cents;
    std::string category;
};

std::vector<ProductInfo> makeProducts(Random& random)
{
    // The first ten match the default data set, so scenarios written for it find their products.
    std::vector<ProductInfo> products {
        { "PROD-001", "Aurora Wireless Headphones", 24900, "electronics" },
        { "PROD-002", "Kestrel 28L Trail Backpack", 8950, "outdoors" },
        { "PROD-003", "Brightwater Electric Kettle", 5499, "kitchen" },
        { "PROD-004", "Fjordline Merino Throw", 12000, "home" },
        { "PROD-005", "Café Crème Burr Grinder", 13900, "kitchen" },
        { "PROD-006", "Lumen Desk Lamp", 4525, "home" },
        { "PROD-007", "Tidepool Ceramic Mug Set", 3200, "kitchen" },
        { "PROD-008", "Strata Mechanical Keyboard", 15999, "electronics" },
        { "PROD-009", "Meadow Linen Apron", 2450, "kitchen" },
        { "PROD-010", "Orbit Smart Plug (2-pack)", 2999, "electronics" },
    };
    const std::vector<std::string> adjectives { "Harbor", "Quill", "Solstice", "Pinecrest", "Nimbus", "Copperleaf",
        "Drift", "Ember", "Glacier", "Juniper", "Marlow", "Saffron", "Tundra", "Willow", "Zephyr", "Éclair" };
    const std::vector<std::pair<std::string, std::string>> nouns { { "Water Bottle", "outdoors" },
        { "Camp Stove", "outdoors" }, { "Hiking Poles", "outdoors" }, { "Cast-Iron Pan", "kitchen" },
        { "Chef's Knife", "kitchen" }, { "Tea Infuser", "kitchen" }, { "Floor Cushion", "home" },
        { "Wall Clock", "home" }, { "Scented Candle", "home" }, { "Bluetooth Speaker", "electronics" },
        { "USB-C Hub", "electronics" }, { "Fitness Band", "electronics" }, { "Notebook Set", "stationery" } };
    for (int number = 11; number <= 200; ++number) {
        const auto& [noun, category] = random.pick(nouns);
        products.push_back(
            { numberedId("PROD", number), random.pick(adjectives) + " " + noun, 500 + random.below(49500), category });
    }
    return products;
}

struct Names {
    std::vector<std::string> first { "Zoë", "Łukasz", "Amara", "Henrik", "Inès", "Tomás", "Priya", "Oskar", "Mei-Lin",
        "Björn", "Chiara", "Kofi", "Ana", "Dmitri", "Fatima", "Grace", "Hiroshi", "Ingrid", "Jonas", "Leila", "Mateo",
        "Nadia", "Olu", "Rosa", "Søren", "Talia", "Uma", "Viktor", "Wen", "Yara" };
    // ASCII spellings of the first names above, for e-mail addresses.
    std::vector<std::string> firstAscii { "zoe", "lukasz", "amara", "henrik", "ines", "tomas", "priya", "oskar",
        "meilin", "bjorn", "chiara", "kofi", "ana", "dmitri", "fatima", "grace", "hiroshi", "ingrid", "jonas", "leila",
        "mateo", "nadia", "olu", "rosa", "soren", "talia", "uma", "viktor", "wen", "yara" };
    std::vector<std::string> last { "Marchetti", "Nowak", "Okafor", "Dahl", "Duval", "Herrera", "Raman", "Lindqvist",
        "Chou", "Ekström", "Bellini", "Mensah", "Almeida", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer",
        "Gómez", "Haddad", "Ivanova", "Jensen", "Kowalski", "Laurent", "Moreau", "Nakamura", "Oyelaran", "Petrov",
        "Quinn", "Rossi" };
    std::vector<std::string> lastAscii { "marchetti", "nowak", "okafor", "dahl", "duval", "herrera", "raman",
        "lindqvist", "chou", "ekstrom", "bellini", "mensah", "almeida", "brennan", "castillo", "dubois", "eriksen",
        "fischer", "gomez", "haddad", "ivanova", "jensen", "kowalski", "laurent", "moreau", "nakamura", "oyelaran",
        "petrov", "quinn", "rossi" };
};

struct Options {
    std::filesystem::path outDir;
    long customers = 100000;
    std::uint64_t seed = 20250306;
};

[[noreturn]] void usage(const char* problem)
{
    std::fprintf(stderr, "generate_dataset: %s\nusage: generate_dataset OUTDIR [--customers N] [--seed S]\n", problem);
    std::exit(2);
}

Options parseArguments(int argc, char** argv)
{
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto number = [&](const char* name) {
            if (i + 1 >= argc)
                usage((std::string(name) + " needs a value").c_str());
            char* end = nullptr;
            const unsigned long long value = std::strtoull(argv[++i], &end, 10);
            if (!end || *end != '\0')
                usage((std::string(name) + " needs a whole number").c_str());
            return value;
        };
        if (arg == "--customers") {
            options.customers = static_cast<long>(number("--customers"));
            if (options.customers < 1 || options.customers > 10'000'000)
                usage("--customers must be between 1 and 10000000");
        } else if (arg == "--seed") {
            options.seed = number("--seed");
        } else if (arg.starts_with("--")) {
            usage("unknown option");
        } else if (options.outDir.empty()) {
            options.outDir = argv[i];
        } else {
            usage("only one output folder");
        }
    }
    if (options.outDir.empty())
        usage("the output folder is missing");
    return options;
}

struct OrderSummary {
    std::string id;
    long customer;
    long totalCents;
};

} // namespace

int main(int argc, char** argv)
{
    const Options options = parseArguments(argc, argv);
    const auto started = std::chrono::steady_clock::now();
    std::error_code error;
    std::filesystem::create_directories(options.outDir, error);
    if (error)
        usage(("cannot create the output folder: " + error.message()).c_str());

    Random random(options.seed);
    const std::vector<ProductInfo> products = makeProducts(random);
    const Names names;
    const std::vector<std::string> segments { "bronze", "silver", "gold", "platinum" };
    const std::vector<std::string> failureReasons { "Card declined", "Insufficient funds", "Card expired",
        "Bank authorisation timed out", "Suspected fraud: verification needed" };
    std::vector<std::pair<std::string, std::uint64_t>> sizes;

    {
        JsonFileWriter out(options.outDir / "products.json");
        for (const ProductInfo& product : products) {
            std::string& line = out.beginRecord();
            line += '{';
            addString(line, "id", product.id);
            line += ',';
            addString(line, "name", product.name);
            line += ',';
            addRaw(line, "price", money(product.cents));
            line += ',';
            addString(line, "category", product.category);
            line += ',';
            addString(line, "description", "A " + product.category + " favourite: " + product.name + ".");
            line += '}';
            out.endRecord();
        }
        sizes.emplace_back("products.json", out.close());
    }

    {
        JsonFileWriter out(options.outDir / "customers.json");
        for (long number = 1; number <= options.customers; ++number) {
            const int first = random.below(static_cast<int>(names.first.size()));
            const int last = random.below(static_cast<int>(names.last.size()));
            const auto i = static_cast<std::size_t>(first);
            const auto k = static_cast<std::size_t>(last);
            std::string& line = out.beginRecord();
            line += '{';
            addString(line, "id", numberedId("CUST", number));
            line += ',';
            addString(line, "name", names.first[i] + " " + names.last[k]);
            line += ',';
            addString(line, "email",
                names.firstAscii[i] + "." + names.lastAscii[k] + "." + std::to_string(number) + "@example.com");
            line += ',';
            char phone[32];
            std::snprintf(phone, sizeof phone, "+1-555-%07ld", number % 10'000'000);
            addString(line, "phone", phone);
            line += ',';
            addString(line, "segment", segments[static_cast<std::size_t>(number % 4)]);
            line += ',';
            addString(line, "created_at", timestamp(random));
            line += '}';
            out.endRecord();
        }
        sizes.emplace_back("customers.json", out.close());
    }

    {
        // Channel patterns per category: email only, both, SMS only, or opted out.
        const auto channels = [&random](std::string& line, const char* category) {
            const int roll = random.below(100);
            const bool email = roll < 65;
            const bool sms = roll >= 40 && roll < 80;
            line += '"';
            line += category;
            line += "\":{\"email\":";
            line += email ? "true" : "false";
            line += ",\"sms\":";
            line += sms ? "true" : "false";
            line += '}';
        };
        JsonFileWriter out(options.outDir / "notification_preferences.json");
        for (long number = 1; number <= options.customers; ++number) {
            if (random.chance(10))
                continue; // no preference record: order and payment e-mails only, no alerts
            std::string& line = out.beginRecord();
            line += '{';
            addString(line, "customer_id", numberedId("CUST", number));
            line += ",\"preferences\":{";
            channels(line, "order_updates");
            line += ',';
            channels(line, "price_alerts");
            line += ',';
            channels(line, "promotions");
            line += ',';
            channels(line, "payment_alerts");
            line += "}}";
            out.endRecord();
        }
        sizes.emplace_back("notification_preferences.json", out.close());
    }

    {
        JsonFileWriter out(options.outDir / "carts.json");
        for (long number = 1; number <= options.customers; ++number) {
            const bool holdsDropped = random.chance(50);
            const int others = holdsDropped ? random.below(2) : (random.chance(30) ? 1 + random.below(2) : 0);
            if (!holdsDropped && others == 0)
                continue;
            const std::string updated = timestamp(random, 2025);
            std::string& line = out.beginRecord();
            line += '{';
            addString(line, "customer_id", numberedId("CUST", number));
            line += ",\"items\":[";
            for (int item = 0; item < others + (holdsDropped ? 1 : 0); ++item) {
                const ProductInfo& product = item == 0 && holdsDropped
                    ? products[0]
                    : products[1 + static_cast<std::size_t>(random.below(static_cast<int>(products.size()) - 1))];
                if (item > 0)
                    line += ',';
                line += '{';
                addString(line, "product_id", product.id);
                line += ',';
                addRaw(line, "quantity", std::to_string(1 + (random.chance(80) ? 0 : random.below(3))));
                line += ',';
                addString(line, "added_at", updated);
                line += '}';
            }
            line += "],";
            addString(line, "updated_at", updated);
            line += '}';
            out.endRecord();
        }
        sizes.emplace_back("carts.json", out.close());
    }

    std::vector<OrderSummary> orders;
    {
        const std::vector<std::string> orderStatuses { "PENDING", "PROCESSING", "SHIPPED", "DELIVERED", "CANCELLED" };
        const std::vector<int> statusWeights { 20, 25, 20, 30, 5 };
        JsonFileWriter out(options.outDir / "orders.json");
        long orderNumber = 0;
        for (long customer = 1; customer <= options.customers; ++customer) {
            const int orderRoll = random.below(100);
            const int count = orderRoll < 10 ? 0 : orderRoll < 85 ? 1 : 2;
            for (int n = 0; n < count; ++n) {
                int roll = random.below(100);
                std::size_t status = 0;
                while (roll >= statusWeights[status]) {
                    roll -= statusWeights[status];
                    ++status;
                }
                const std::string created = timestamp(random, 2024);
                const std::string shipped = created.substr(0, 11) + "18:00:00Z";
                OrderSummary summary { numberedId("ORD", ++orderNumber), customer, 0 };
                std::string& line = out.beginRecord();
                line += '{';
                addString(line, "id", summary.id);
                line += ',';
                addString(line, "customer_id", numberedId("CUST", customer));
                line += ',';
                addString(line, "status", orderStatuses[status]);
                line += ",\"line_items\":[";
                const int items = random.chance(65) ? 1 : 2;
                for (int item = 0; item < items; ++item) {
                    const ProductInfo& product = random.pick(products);
                    // Items follow their order: shipped orders have shipped items, processing ones some of each.
                    std::string itemStatus = orderStatuses[status];
                    if (status == 1)
                        itemStatus = random.chance(40) ? "SHIPPED" : "PENDING";
                    const bool hasShipped = itemStatus == "SHIPPED" || itemStatus == "DELIVERED";
                    const int quantity = 1 + (random.chance(75) ? 0 : random.below(4));
                    if (itemStatus != "CANCELLED")
                        summary.totalCents += product.cents * quantity;
                    if (item > 0)
                        line += ',';
                    line += '{';
                    addString(line, "product_id", product.id);
                    line += ',';
                    addRaw(line, "quantity", std::to_string(quantity));
                    line += ',';
                    addRaw(line, "unit_price", money(product.cents));
                    line += ',';
                    addString(line, "status", itemStatus);
                    line += ',';
                    addRaw(line, "shipped_at", hasShipped ? "\"" + shipped + "\"" : "null");
                    line += '}';
                }
                line += "],";
                addRaw(line, "total_amount", money(summary.totalCents));
                line += ',';
                addString(line, "created_at", created);
                line += ',';
                addRaw(line, "updated_at", status == 0 ? "null" : "\"" + shipped + "\"");
                line += '}';
                out.endRecord();
                orders.push_back(std::move(summary));
            }
        }
        sizes.emplace_back("orders.json", out.close());
    }

    {
        JsonFileWriter out(options.outDir / "payments.json");
        long paymentNumber = 0;
        for (const OrderSummary& order : orders) {
            if (!random.chance(50))
                continue;
            const int roll = random.below(100);
            const char* status = roll < 70 ? "SUCCESS"
                : roll < 82                ? "FAILED"
                : roll < 94                ? "PENDING"
                                           : "RETRY_SCHEDULED";
            const bool failed = roll >= 70 && (roll < 82 || roll >= 94);
            std::string& line = out.beginRecord();
            line += '{';
            addString(line, "id", numberedId("PAY", ++paymentNumber));
            line += ',';
            addString(line, "order_id", order.id);
            line += ',';
            addString(line, "customer_id", numberedId("CUST", order.customer));
            line += ',';
            addRaw(line, "amount", money(order.totalCents));
            line += ',';
            addString(line, "status", status);
            line += ',';
            addRaw(line, "failure_reason", failed ? "\"" + random.pick(failureReasons) + "\"" : "null");
            line += ',';
            addRaw(line, "attempt_number", std::to_string(failed ? 1 + random.below(3) : 1));
            line += ',';
            addString(line, "created_at", timestamp(random, 2024));
            line += '}';
            out.endRecord();
        }
        sizes.emplace_back("payments.json", out.close());
    }

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::uint64_t total = 0;
    for (const auto& [name, bytes] : sizes) {
        std::printf("%-32s %10.1f MB\n", name.c_str(), static_cast<double>(bytes) / 1e6);
        total += bytes;
    }
    std::printf("%-32s %10.1f MB  (%ld customers, %zu orders, seed %llu, %.2f s)\n", "total",
        static_cast<double>(total) / 1e6, options.customers, orders.size(),
        static_cast<unsigned long long>(options.seed), seconds);
    return 0;
}
