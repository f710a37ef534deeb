// xapian-eval: does Xapian answer the benchmark's top-50 queries fast enough beside the library?
// Not part of the Swift package; built by bench/xapian/run.sh.
//
//   xapian-eval index CSV KEYS DBDIR         index quotes.csv (dossier-bench dump-quotes); KEYS is
//                                            "id,expert_id,section_key" from the library (or "-")
//   xapian-eval query DBDIR QUERIES OUT      time top-50 per query (1 warm-up + RUNS runs, default 5);
//                                            QUERIES: "class<TAB>query" lines; OUT: times + docids.
//                                            WEIGHT=bm25: Xapian's BM25Weight instead of Fts5Bm25;
//                                            PHRASE=synonym: phrases weighted as one term
//   xapian-eval scale CSV KEYS K OUTCSV OUTKEYS   K copies with ids shifted by 1e6 per copy; copies
//                                            after the first drop each body word with p=0.1 (no ties)
//
// Scoring mirrors FTS5's bm25(fts, 1.0, 2.0, 0.5, 1.0, 0.5): every column is indexed unprefixed
// (an FTS5 MATCH without a column filter searches all columns) with wdf_inc = 2 x column weight
// (Xapian wants integers), so BM25's k1 is doubled to 2.4 to keep tf/(k1*K+tf) the same.
#include <xapian.h>

#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

/// Streaming RFC 4180 reader (quoted fields may span lines).
class CsvReader {
public:
    explicit CsvReader(const char* path) : file_(std::fopen(path, "rb")), buf_(1 << 20) {
        if (!file_) throw std::runtime_error(std::string("cannot read ") + path);
    }
    ~CsvReader() { if (file_) std::fclose(file_); }

    bool next(std::vector<std::string>& fields) {
        fields.clear();
        int c = get();
        if (c == EOF) return false;
        std::string field;
        bool quoted = false;
        for (;;) {
            if (quoted) {
                if (c == EOF) { fields.push_back(field); return true; }
                if (c == '"') {
                    int d = get();
                    if (d == '"') { field += '"'; }
                    else { quoted = false; c = d; continue; }
                } else {
                    field += static_cast<char>(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.push_back(std::move(field)); field.clear();
            } else if (c == '\n' || c == EOF) {
                if (!field.empty() && field.back() == '\r') field.pop_back();
                fields.push_back(std::move(field));
                return true;
            } else {
                field += static_cast<char>(c);
            }
            c = get();
        }
    }

private:
    int get() {
        if (pos_ == len_) {
            len_ = std::fread(buf_.data(), 1, buf_.size(), file_);
            pos_ = 0;
            if (len_ == 0) return EOF;
        }
        return static_cast<unsigned char>(buf_[pos_++]);
    }
    FILE* file_;
    std::vector<char> buf_;
    size_t pos_ = 0, len_ = 0;
};

double cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double now_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

/// ASCII punctuation to spaces, so words split as FTS5's unicode61 splits them ("Russia's" ->
/// "russia" "s", "U.S." -> "u" "s"); Xapian's own rules would keep "russia's" and "u.s." whole.
std::string fold_separators(std::string s) {
    for (size_t i = 0; i < s.size(); ++i) {
        auto u = static_cast<unsigned char>(s[i]);
        if (u < 0x80 && !std::isalnum(u)) s[i] = ' ';
        // U+2018/U+2019 (curly apostrophes), which Xapian would also keep inside words
        if (u == 0xE2 && i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\x98' || s[i + 2] == '\x99')) {
            s.replace(i, 3, "   ");
            i += 2;
        }
    }
    return s;
}

/// SQLite's porter tokenizer leaves tokens under 3 bytes alone; Snowball's porter would turn
/// "as" into "a" and "us" into "u".
class Fts5Porter : public Xapian::StemImplementation {
public:
    std::string operator()(const std::string& word) override { return word.size() < 3 ? word : porter_(word); }
    std::string get_description() const override { return "fts5-porter"; }

private:
    Xapian::Stem porter_{"porter"};
};

/// FTS5's bm25(): idf = log((N - n + 0.5) / (n + 0.5)) floored at 1e-6 (Xapian's BM25Weight
/// maps idf below log 2 to log(1 + tw/2), which for words in most documents is ~0 and lets the
/// rarer of two common words decide alone), tf = f (k1 + 1) / (f + k1 (1 - b + b D / avgD)) with
/// f = wdf / 2 (the column-weighted count; wdf_inc is 2 x the column weight) and k1 = 1.2, b = 0.75.
/// D is Xapian's document length (column-weighted), FTS5's is the plain token count.
class Fts5Bm25 : public Xapian::Weight {
public:
    Fts5Bm25() {
        need_stat(COLLECTION_SIZE); need_stat(TERMFREQ); need_stat(AVERAGE_LENGTH);
        need_stat(WDF); need_stat(WDF_MAX); need_stat(DOC_LENGTH); need_stat(DOC_LENGTH_MIN);
    }
    Fts5Bm25* clone() const override { return new Fts5Bm25; }
    std::string name() const override { return "fts5bm25"; }
    void init(double factor) override {
        double n = get_termfreq(), total = get_collection_size();
        idf_ = factor * std::max(1e-6, std::log((total - n + 0.5) / (n + 0.5)));
        avg_ = std::max(1e-9, static_cast<double>(get_average_length()));
        double f = get_wdf_upper_bound() / 2.0;
        double shortest = std::max<double>(get_doclength_lower_bound(), get_wdf_upper_bound());
        max_ = f > 0 ? tf(f, shortest) * idf_ : 0;
    }
    double get_sumpart(Xapian::termcount wdf, Xapian::termcount doclen, Xapian::termcount) const override {
        return wdf ? idf_ * tf(wdf / 2.0, doclen) : 0;
    }
    double get_maxpart() const override { return max_; }
    double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
    double get_maxextra() const override { return 0; }

private:
    double tf(double f, double doclen) const {
        const double k1 = 1.2, b = 0.75;
        return f * (k1 + 1) / (f + k1 * (1 - b + b * doclen / avg_));
    }
    double idf_ = 0, avg_ = 1, max_ = 0;
};

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// Boolean filter term: prefix + key, cut to stay under Xapian's 245-byte term limit.
std::string filter_term(const char* prefix, const std::string& key) {
    return prefix + key.substr(0, 200);
}

std::unordered_map<Xapian::docid, std::pair<std::string, std::string>> read_keys(const char* path) {
    std::unordered_map<Xapian::docid, std::pair<std::string, std::string>> keys;
    if (std::strcmp(path, "-") == 0) return keys;
    CsvReader reader(path);
    std::vector<std::string> f;
    while (reader.next(f)) {
        if (f.size() < 3) continue;
        keys[std::stoul(f[0])] = {f[1], f[2]};
    }
    return keys;
}

int index_mode(const char* csv, const char* keys_path, const char* dbdir) {
    setenv("XAPIAN_FLUSH_THRESHOLD", "2000", 0);  // 500-2000 is fastest here; 100000 took 2x the CPU
    auto keys = read_keys(keys_path);
    double wall0 = now_seconds(), cpu0 = cpu_seconds();
    Xapian::WritableDatabase db(dbdir, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator tg;
    tg.set_stemmer(Xapian::Stem(new Fts5Porter));
    tg.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL);  // stemmed terms with positions, as FTS5
    CsvReader reader(csv);
    std::vector<std::string> f;
    size_t docs = 0, body_bytes = 0, text_bytes = 0;
    // column -> wdf_inc (2 x the bm25() column weight)
    unsigned weights[5] = {2, 4, 1, 2, 1};
    // UNWEIGHTED=1: every column counts 1 (wdf_inc 2), to check against bm25(fts) with weights
    // all 1.0: then Xapian's doc length is 2x FTS5's token count and the scores should agree.
    if (std::getenv("UNWEIGHTED")) std::fill(weights, weights + 5, 2u);
    while (reader.next(f)) {
        if (f.size() < 8) continue;
        Xapian::docid id = std::stoul(f[0]);
        Xapian::Document doc;
        tg.set_document(doc);
        for (int col = 0; col < 5; ++col) {
            const std::string& text = f[3 + col];
            if (col > 0) tg.increase_termpos(100);  // no phrase across columns
            tg.index_text(fold_separators(text), weights[col]);
            text_bytes += text.size();
        }
        body_bytes += f[3].size();
        auto k = keys.find(id);
        if (k != keys.end()) {
            doc.add_boolean_term(filter_term("XE", k->second.first));
            doc.add_boolean_term(filter_term("XS", k->second.second));
        }
        if (id == db.get_lastdocid() + 1) db.add_document(doc); else db.replace_document(id, doc);
        if (++docs % 100000 == 0) std::fprintf(stderr, "  %zu docs, %.0f s\n", docs, now_seconds() - wall0);
    }
    db.commit();
    db.close();
    double wall = now_seconds() - wall0, cpu = cpu_seconds() - cpu0;
    std::printf("indexed %zu docs in %.1f s wall (%.1f s cpu): %.0f docs/s, body %.1f MB at %.2f MB/s, "
                "all columns %.1f MB at %.2f MB/s (wall)\n",
                docs, wall, cpu, docs / wall, body_bytes / 1048576.0, body_bytes / 1048576.0 / wall,
                text_bytes / 1048576.0, text_bytes / 1048576.0 / wall);
    return 0;
}

/// One benchmark query in dossier's syntax: words (AND), "phrases", prefix*, -word,
/// expert:VALUE, section:"VALUE" (substring of the library's expert id / section key).
struct ParsedQuery {
    std::vector<Xapian::Query> positive, negative;
    std::vector<std::pair<std::string, std::string>> filters;  // (XE|XS, substring)
};

std::vector<std::string> split_query(const std::string& text) {
    std::vector<std::string> tokens;
    std::string cur;
    bool quoted = false;
    for (char c : text) {
        if (c == '"') { quoted = !quoted; cur += c; }
        else if (c == ' ' && !quoted) { if (!cur.empty()) tokens.push_back(cur); cur.clear(); }
        else cur += c;
    }
    if (!cur.empty()) tokens.push_back(cur);
    return tokens;
}

std::string unquote(const std::string& s) {
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
    return s;
}

std::vector<std::string> words_of(const std::string& text) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else { if (!cur.empty()) out.push_back(cur); cur.clear(); }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

bool use_xapian_bm25() {
    static const bool on = std::getenv("WEIGHT") && std::string(std::getenv("WEIGHT")) == "bm25";
    return on;
}

bool phrase_as_term() {
    static const bool on = std::getenv("PHRASE") && std::string(std::getenv("PHRASE")) == "synonym";
    return on;
}

Xapian::Query text_query(const std::string& token, const Xapian::Stem& stem) {
    if (token.front() == '"') {
        std::vector<Xapian::Query> terms;
        for (auto& w : words_of(unquote(token))) terms.emplace_back(stem(w));
        if (terms.size() == 1) return terms[0];
        Xapian::Query phrase(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
        // OP_PHRASE weights a hit by its words' own frequencies; PHRASE=synonym wraps it in
        // OP_SYNONYM to weight it as one term (FTS5 weights a phrase by its occurrences, but
        // Xapian 1.4 gives a phrase the smallest wdf of its words, not its occurrence count).
        if (phrase_as_term()) return Xapian::Query(Xapian::Query::OP_SYNONYM, &phrase, &phrase + 1);
        return phrase;
    }
    if (token.back() == '*') {
        return Xapian::Query(Xapian::Query::OP_WILDCARD, lower(token.substr(0, token.size() - 1)));
    }
    std::vector<Xapian::Query> terms;
    for (auto& w : words_of(token)) terms.emplace_back(stem(w));
    if (terms.size() == 1) return terms[0];
    return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
}

ParsedQuery parse(const std::string& text, const Xapian::Stem& stem) {
    ParsedQuery q;
    for (auto& token : split_query(text)) {
        if (token.rfind("expert:", 0) == 0) q.filters.emplace_back("XE", lower(unquote(token.substr(7))));
        else if (token.rfind("section:", 0) == 0) q.filters.emplace_back("XS", lower(unquote(token.substr(8))));
        else if (token[0] == '-') q.negative.push_back(text_query(token.substr(1), stem));
        else q.positive.push_back(text_query(token, stem));
    }
    return q;
}

Xapian::Query build(const Xapian::Database& db, const ParsedQuery& q) {
    Xapian::Query query;
    if (!q.positive.empty()) {
        query = Xapian::Query(Xapian::Query::OP_AND, q.positive.begin(), q.positive.end());
    }
    for (auto& [prefix, value] : q.filters) {
        // The library's filter is instr(key, value) > 0: expand to the matching boolean terms.
        std::vector<Xapian::Query> keys;
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
            if ((*t).find(value, prefix.size()) != std::string::npos) keys.emplace_back(*t);
        }
        Xapian::Query filter(Xapian::Query::OP_OR, keys.begin(), keys.end());
        if (query.empty()) query = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0);
        else query = Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
    }
    for (auto& n : q.negative) query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, n);
    return query;
}

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(v.size() * q))];  // as dossier-bench latency
}

int query_mode(const char* dbdir, const char* queries_path, const char* out_path) {
    int runs = std::getenv("RUNS") ? std::atoi(std::getenv("RUNS")) : 5;
    Xapian::Database db(dbdir);
    Xapian::Stem stem(new Fts5Porter);
    std::ifstream in(queries_path);
    std::ofstream out(out_path);
    std::vector<std::string> order;
    std::map<std::string, std::vector<double>> times;
    std::string line;
    std::printf("xapian %s: %u docs, avg length %.1f\n", dbdir, db.get_doccount(), db.get_avlength());
    while (std::getline(in, line)) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::string cls = line.substr(0, tab), text = line.substr(tab + 1);
        if (!times.count(cls)) order.push_back(cls);
        auto& samples = times[cls];
        std::vector<Xapian::docid> top;
        Xapian::doccount estimate = 0;
        std::vector<double> mine;
        for (int run = -1; run < runs; ++run) {
            double t0 = now_seconds();
            Xapian::Enquire enquire(db);
            if (use_xapian_bm25()) enquire.set_weighting_scheme(Xapian::BM25Weight(2.4, 0, 1, 0.75, 0.0));
            else enquire.set_weighting_scheme(Fts5Bm25());
            enquire.set_query(build(db, parse(text, stem)));
            Xapian::MSet mset = enquire.get_mset(0, 50);
            top.clear();
            for (auto it = mset.begin(); it != mset.end(); ++it) top.push_back(*it);
            double ms = (now_seconds() - t0) * 1000;
            estimate = mset.get_matches_estimated();
            if (run >= 0) { samples.push_back(ms); mine.push_back(ms); }
        }
        out << cls << '\t' << text << '\t';
        for (size_t i = 0; i < mine.size(); ++i) out << (i ? "," : "") << mine[i];
        out << '\t' << estimate << '\t';
        for (size_t i = 0; i < top.size(); ++i) out << (i ? " " : "") << top[i];
        out << '\n';
    }
    std::printf("class        samples  p50 ms  p99 ms\n");
    for (auto& cls : order) {
        std::printf("%-12s %7zu %7.2f %7.2f\n", cls.c_str(), times[cls].size(), percentile(times[cls], 0.5),
                    percentile(times[cls], 0.99));
    }
    return 0;
}

std::string csv_field(const std::string& s) {
    std::string out = "\"";
    for (char c : s) { if (c == '"') out += '"'; out += c; }
    return out + "\"";
}

/// Keeps ~90% of the words of `text`, chosen by a hash of (copy, id, word index).
std::string thin(const std::string& text, unsigned copy, unsigned long id) {
    std::string out;
    size_t word = 0, i = 0;
    while (i < text.size()) {
        size_t j = text.find(' ', i);
        if (j == std::string::npos) j = text.size();
        uint64_t h = (copy * 0x9E3779B97F4A7C15ULL) ^ (id * 0xBF58476D1CE4E5B9ULL) ^ (word++ * 0x94D049BB133111EBULL);
        h ^= h >> 31; h *= 0xD6E8FEDA6B3C2F1DULL; h ^= h >> 29;
        if (h % 10 != 0) { if (!out.empty()) out += ' '; out.append(text, i, j - i); }
        i = j + 1;
    }
    return out;
}

int scale_mode(const char* csv, const char* keys_path, int copies, const char* out_csv, const char* out_keys) {
    const unsigned long shift = 1000000;
    FILE* out = std::fopen(out_csv, "wb");
    FILE* keys_out = std::fopen(out_keys, "wb");
    if (!out || !keys_out) throw std::runtime_error("cannot write the scaled files");
    std::vector<std::string> f;
    for (int copy = 0; copy < copies; ++copy) {
        CsvReader reader(csv);
        while (reader.next(f)) {
            if (f.size() < 8) continue;
            unsigned long id = std::stoul(f[0]) + copy * shift;
            std::string line = std::to_string(id);
            for (int col = 1; col < 8; ++col) {
                std::string v = f[col];
                if (col == 1) v += copy ? "#" + std::to_string(copy) : "";  // quote_id stays unique
                if (col == 3 && copy) v = thin(v, copy, id);
                line += "," + csv_field(v);
            }
            line += '\n';
            std::fwrite(line.data(), 1, line.size(), out);
        }
        CsvReader keys(keys_path);
        while (keys.next(f)) {
            if (f.size() < 3) continue;
            std::string line = std::to_string(std::stoul(f[0]) + copy * shift) + "," + csv_field(f[1]) + "," + csv_field(f[2]) + "\n";
            std::fwrite(line.data(), 1, line.size(), keys_out);
        }
    }
    std::fclose(out);
    std::fclose(keys_out);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        std::string mode = argc > 1 ? argv[1] : "";
        if (mode == "index" && argc == 5) return index_mode(argv[2], argv[3], argv[4]);
        if (mode == "query" && argc == 5) return query_mode(argv[2], argv[3], argv[4]);
        if (mode == "scale" && argc == 7) return scale_mode(argv[2], argv[3], std::atoi(argv[4]), argv[5], argv[6]);
        std::fprintf(stderr, "usage: xapian-eval index CSV KEYS DBDIR | query DBDIR QUERIES OUT | "
                             "scale CSV KEYS K OUTCSV OUTKEYS\n");
        return 2;
    } catch (const Xapian::Error& e) {
        std::fprintf(stderr, "xapian-eval: %s\n", e.get_description().c_str());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "xapian-eval: %s\n", e.what());
    }
    return 1;
}
