#include "outcomes/extract_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "outcomes/extract_reader_csv.h"
#include "outcomes/extract_validation.h"
#include "tabular/xlsx.h"

namespace regio::outcomes {
namespace {

namespace fs = std::filesystem;

// Large enough that read() calls cost nothing, small enough to stay in cache.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

struct CsvInput {
  ExtractTable table;
  fs::path path;
  std::uint64_t size = 0;
};

std::optional<ExtractTable> table_of(std::string_view name) {
  for (ExtractTable t : kExtractTables)
    if (table_name(t) == name) return t;
  return std::nullopt;
}

bool is_xlsx(const fs::path& p) {
  std::string ext = p.extension().string();
  std::ranges::transform(ext, ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".xlsx";
}

// Turns the paths into the CSV files to read, or one workbook.
Status resolve(const std::vector<fs::path>& paths, std::vector<CsvInput>* csv, std::optional<fs::path>* xlsx) {
  std::error_code ec;
  auto add_csv = [&](ExtractTable table, const fs::path& p) -> Status {
    for (const auto& c : *csv)
      if (c.table == table)
        return fail(ErrorCode::kInvalidArgument, fmt::format("twee bestanden voor de tabel {}: {} en {}",
                                                             table_name(table), c.path.string(), p.string()));
    csv->push_back({table, p, static_cast<std::uint64_t>(fs::file_size(p, ec))});
    return {};
  };
  for (const auto& p : paths) {
    if (fs::is_directory(p, ec)) {
      for (ExtractTable t : kExtractTables) {
        const fs::path f = p / (std::string(table_name(t)) + ".csv");
        if (fs::exists(f, ec))
          if (auto s = add_csv(t, f); !s) return s;
      }
      continue;
    }
    if (!fs::exists(p, ec)) return fail(ErrorCode::kNotFound, fmt::format("bestand {} bestaat niet", p.string()));
    if (is_xlsx(p)) {
      if (xlsx->has_value()) return fail(ErrorCode::kInvalidArgument, "lever één xlsx-bestand per levering");
      *xlsx = p;
      continue;
    }
    const auto table = table_of(p.stem().string());
    if (!table)
      return fail(ErrorCode::kInvalidArgument, fmt::format("{}: onbekend bestand; verwacht trajecten.csv, werk.csv en "
                                                           "uitkeringen.csv (of één .xlsx)",
                                                           p.string()));
    if (auto s = add_csv(*table, p); !s) return s;
  }
  if (xlsx->has_value() && !csv->empty())
    return fail(ErrorCode::kInvalidArgument, "lever óf CSV-bestanden óf één xlsx-bestand, niet beide");
  if (!xlsx->has_value() && csv->empty())
    return fail(ErrorCode::kInvalidArgument,
                "geen extract gevonden: verwacht trajecten.csv, werk.csv en/of uitkeringen.csv, "
                "een map met die bestanden, of één .xlsx");
  return {};
}

class Progress {
 public:
  Progress(const ImportOptions& options, std::uint64_t total) : options_(options), total_(total) {}
  void add(std::uint64_t bytes) {
    const std::uint64_t done = done_.fetch_add(bytes) + bytes;
    if (!options_.progress) return;
    std::lock_guard lock(mutex_);
    options_.progress(std::min(done, total_), total_);
  }

 private:
  const ImportOptions& options_;
  std::uint64_t total_;
  std::atomic<std::uint64_t> done_{0};
  std::mutex mutex_;
};

// Streams one file through the scanner with a fixed buffer: the file is never resident whole.
Status scan_file(const CsvInput& input, TableBuilder& builder, Progress& progress) {
  const int fd = ::open(input.path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(ErrorCode::kUnavailable, fmt::format("kan {} niet lezen", input.path.string()));
  ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
  CsvScanner scanner(builder, input.size);
  std::vector<char> buffer(kChunkBytes);
  std::size_t have = 0;
  while (true) {
    if (have == buffer.size()) buffer.resize(buffer.size() * 2);  // one record larger than a chunk
    const ssize_t n = ::read(fd, buffer.data() + have, buffer.size() - have);
    if (n < 0) {
      ::close(fd);
      return fail(ErrorCode::kUnavailable, fmt::format("fout bij lezen van {}", input.path.string()));
    }
    const bool eof = n == 0;
    have += static_cast<std::size_t>(n);
    const std::size_t used = scanner.consume(std::string_view(buffer.data(), have), eof);
    std::memmove(buffer.data(), buffer.data() + used, have - used);
    have -= used;
    progress.add(static_cast<std::uint64_t>(n));
    if (eof) break;
  }
  ::close(fd);
  scanner.finish();
  builder.finish_rows();
  return {};
}

// Numbers persons by first appearance in trajecten, then werk, then uitkeringen, so the result
// does not depend on which thread read which file first.
void renumber_persons(Extract& e) {
  constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> order(e.persons.size(), kUnseen);
  std::uint32_t next = 0;
  bool identity = true;
  for (auto* column : {&e.trajecten.person, &e.werk.person, &e.uitkeringen.person})
    for (std::uint32_t p : *column)
      if (order[p] == kUnseen) {
        identity = identity && p == next;
        order[p] = next++;
      }
  if (identity) return;
  for (auto* column : {&e.trajecten.person, &e.werk.person, &e.uitkeringen.person})
    for (auto& p : *column) p = order[p];
  // Pseudonyms of one length (the usual 32 hex characters) are moved in place along the
  // permutation's cycles: no second copy of the column at the memory peak of the import.
  auto [bytes, offsets] = e.persons.release();
  const std::size_t n = order.size();
  const std::size_t width = n > 0 ? offsets[1] : 0;
  bool fixed = true;
  for (std::size_t p = 0; fixed && p < n; ++p) fixed = offsets[p + 1] - offsets[p] == width;
  if (fixed) {
    std::vector<bool> placed(n, false);
    std::string carried(width, '\0'), swap(width, '\0');
    for (std::size_t start = 0; start < n; ++start) {
      if (placed[start] || order[start] == start) continue;
      carried.assign(bytes, start * width, width);
      std::size_t from = start;
      do {
        const std::size_t to = order[from];
        swap.assign(bytes, to * width, width);
        bytes.replace(to * width, width, carried);
        placed[to] = true;
        carried.swap(swap);
        from = to;
      } while (from != start);
    }
    e.persons = TextColumn::from_parts(std::move(bytes), std::move(offsets));
    return;
  }
  std::vector<std::uint32_t> by_new(n);
  for (std::uint32_t p = 0; p < n; ++p) by_new[order[p]] = p;
  TextColumn renumbered;
  renumbered.reserve(n, bytes.size());
  for (std::uint32_t p : by_new)
    renumbered.push_back(std::string_view(bytes).substr(offsets[p], offsets[p + 1] - offsets[p]));
  e.persons = std::move(renumbered);
}

// Links the tables: the first person index becomes the extract's, the others are folded into it.
ImportedExtract link(std::vector<std::unique_ptr<TableBuilder>>& builders, std::vector<PersonIndex>& indices) {
  ImportedExtract out;
  Extract& e = out.extract;
  PersonIndex& persons = indices.front();
  std::vector<std::vector<std::uint32_t>> remaps(indices.size());
  for (std::size_t k = 1; k < indices.size(); ++k) {
    indices[k].release_lookup();
    remaps[k].resize(indices[k].size());
    for (std::uint32_t i = 0; i < indices[k].size(); ++i) remaps[k][i] = persons.intern(indices[k].at(i));
    indices[k] = PersonIndex{};
  }
  std::int32_t first = std::numeric_limits<std::int32_t>::max();
  std::int32_t last = std::numeric_limits<std::int32_t>::min();
  for (const auto& b : builders) {
    const auto k = static_cast<std::size_t>(&b->persons() - indices.data());
    auto relink = [&remap = remaps[k], k](std::vector<std::uint32_t>& column) {
      if (k == 0) return;
      for (auto& p : column) p = remap[p];
    };
    switch (b->table()) {
      case ExtractTable::kTrajecten:
        e.trajecten = std::move(b->trajecten());
        relink(e.trajecten.person);
        out.trajecten_file = b->file();
        out.trajecten_lines = std::move(b->trajectory_lines());
        break;
      case ExtractTable::kWerk:
        e.werk = std::move(b->werk());
        relink(e.werk.person);
        break;
      case ExtractTable::kUitkeringen:
        e.uitkeringen = std::move(b->uitkeringen());
        relink(e.uitkeringen.person);
        break;
    }
    first = std::min(first, b->first_day());
    last = std::max(last, b->last_day());
  }
  e.persons = persons.take();
  renumber_persons(e);
  out.trajecten = e.trajecten.size();
  out.werk = e.werk.size();
  out.uitkeringen = e.uitkeringen.size();
  out.persons = e.persons.size();
  if (first <= last) {
    out.first = Date{first};
    out.last = Date{last};
  }
  return out;
}

// All problems of all tables in table order, as one error; or the linked extract.
Result<ImportedExtract> finish(std::vector<std::unique_ptr<TableBuilder>>& builders, std::vector<PersonIndex>& indices,
                               const ImportOptions& options) {
  std::ranges::sort(builders, {}, [](const auto& b) { return b->table(); });
  std::vector<Problem> problems;
  std::size_t total = 0;
  for (auto& b : builders) {
    total += b->problems().size();
    for (const auto& p : b->problems().problems())
      if (problems.size() < options.max_problems) problems.push_back(p);
  }
  if (total > 0) {
    Error error{ErrorCode::kInvalidData,
                fmt::format("Levering geweigerd: {} {} gevonden; er is niets opgeslagen", total,
                            total == 1 ? "fout" : "fouten"),
                std::move(problems), 0};
    error.problems_omitted = total - error.problems.size();
    return std::unexpected(std::move(error));
  }
  return link(builders, indices);
}

Result<ImportedExtract> read_workbook(const fs::path& path, const RegionLookup& regions, const ImportOptions& options) {
  auto book = tabular::read_xlsx(path);
  if (!book) return std::unexpected(book.error());
  std::vector<std::unique_ptr<TableBuilder>> builders;
  std::vector<PersonIndex> indices(1);
  std::vector<std::string_view> fields;
  for (ExtractTable table : kExtractTables) {
    const tabular::Sheet* sheet = book->find(table_name(table));
    if (sheet == nullptr) continue;
    auto builder =
        std::make_unique<TableBuilder>(table, fmt::format("{}[{}]", path.filename().string(), table_name(table)),
                                       regions, indices.front(), nullptr, options.max_problems);
    builder->set_date_range(options.earliest_date, options.latest_date);
    fields.assign(sheet->header.begin(), sheet->header.end());
    if (builder->set_header(fields)) {
      builder->reserve(sheet->rows.size());
      for (const auto& row : sheet->rows) {
        fields.assign(row.cells.begin(), row.cells.end());
        builder->add_row(row.line, fields);
      }
      builder->finish_rows();
    }
    builders.push_back(std::move(builder));
  }
  if (builders.empty())
    return fail(ErrorCode::kInvalidArgument,
                fmt::format("{} heeft geen blad trajecten, werk of uitkeringen", path.string()));
  return finish(builders, indices, options);
}

}  // namespace

Result<ImportedExtract> read_extract(const std::vector<fs::path>& paths, const regions::Registry& registry,
                                     const ImportOptions& options) {
  std::vector<CsvInput> inputs;
  std::optional<fs::path> xlsx;
  if (auto s = resolve(paths, &inputs, &xlsx); !s) return std::unexpected(s.error());
  const RegionLookup regions(registry);
  if (xlsx) return read_workbook(*xlsx, regions, options);

  // Largest file first, so two threads finish at about the same time.
  std::ranges::sort(inputs, std::greater{}, &CsvInput::size);
  std::uint64_t total = 0;
  for (const auto& in : inputs) total += in.size;
  Progress progress(options, total);
  // One person index for all threads (a second one would cost ~50 MB at national scale);
  // builders intern a chunk's pseudonyms under one lock, so the threads rarely wait.
  const unsigned threads = std::clamp<unsigned>(options.threads, 1, static_cast<unsigned>(inputs.size()));
  std::vector<PersonIndex> indices(1);
  std::mutex persons_mutex;
  std::vector<std::unique_ptr<TableBuilder>> builders(inputs.size());
  std::vector<Status> statuses(inputs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      builders[i] = std::make_unique<TableBuilder>(inputs[i].table, inputs[i].path.filename().string(), regions,
                                                   indices.front(), &persons_mutex, options.max_problems);
      builders[i]->set_date_range(options.earliest_date, options.latest_date);
      statuses[i] = scan_file(inputs[i], *builders[i], progress);
    }
  };
  {
    std::vector<std::jthread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
  }
  for (const auto& s : statuses)
    if (!s) return std::unexpected(s.error());
  return finish(builders, indices, options);
}

Result<ImportedExtract> read_extract_csv_text(std::string_view text, std::string_view file_name,
                                              const regions::Registry& registry, const ImportOptions& options) {
  const auto table = table_of(fs::path(file_name).stem().string());
  if (!table) return fail(ErrorCode::kInvalidArgument, fmt::format("{}: onbekende tabel", file_name));
  const RegionLookup regions(registry);
  std::vector<PersonIndex> indices(1);
  std::vector<std::unique_ptr<TableBuilder>> builders;
  builders.push_back(std::make_unique<TableBuilder>(*table, std::string(file_name), regions, indices.front(), nullptr,
                                                    options.max_problems));
  builders.back()->set_date_range(options.earliest_date, options.latest_date);
  CsvScanner scanner(*builders.back(), text.size());
  scanner.consume(text, true);
  scanner.finish();
  builders.back()->finish_rows();
  return finish(builders, indices, options);
}

}  // namespace regio::outcomes
