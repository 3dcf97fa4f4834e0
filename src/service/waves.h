// Use cases on waves (meetmomenten) and their questionnaires, and the national analysis of a
// wave.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analysis/config.h"
#include "analysis/national.h"
#include "base/actor.h"
#include "base/date.h"
#include "base/error.h"
#include "forms/wave.h"
#include "service/deps.h"
#include "service/generation_cache.h"
#include "service/release_cache.h"
#include "tabular/table.h"

namespace regio::service {

struct WaveRequest {
  std::string code;
  std::string name;  // "" = the code
  Date date;
  // The questionnaire as an XLSForm workbook; nullopt = the built-in questionnaire "standaard".
  std::optional<tabular::Workbook> questionnaire;
};

// A wave just added, with the warnings of its questionnaire (columns and settings the product
// does not use: said, never silently dropped).
struct AddedWave {
  forms::Wave wave;
  std::vector<Problem> warnings;
};

struct WaveSummary {
  forms::Wave wave;
  std::size_t responses = 0;
  std::size_t submitted = 0;
};

// kInvalidArgument (reason "invalid-wave-code") unless `code` is a valid wave code.
Status check_wave_code(const std::string& code);

// The analysis as a whole document for `actor` (the JSON of /api/v1/meetmomenten/{wave}/analyse):
// the national figures for everyone, but `per_region` (one region's scores: its answers, goals and
// profile, i.e. region details) only for the regions the actor may read (kReadRegion). The public
// map of levels per region is the dashboard's (api/v1/dashboard), not this.
analysis::NationalAnalysis readable_part(const Actor& actor, analysis::NationalAnalysis a);

class Waves {
 public:
  Waves(Deps deps, ReleaseCache& cache) : deps_(deps), cache_(cache), caches_(std::make_unique<Caches>()) {}

  // Validates the code and the questionnaire, then stores both in one transaction.
  Result<AddedWave> add(const Actor& actor, const WaveRequest& request);
  Result<std::vector<WaveSummary>> list(const Actor& actor);
  // The national picture of `wave` (submitted responses only), compared with `compare` when
  // given. Published to everyone: it holds no single region's answers beyond what the national
  // analysis shows (DESIGN §3.4).
  Result<analysis::NationalAnalysis> analyse(const Actor& actor, const std::string& wave,
                                             const std::optional<std::string>& compare, analysis::Config config);

 private:
  Result<std::vector<WaveSummary>> list_uncached();
  Result<analysis::NationalAnalysis> analyse_uncached(const std::string& wave,
                                                      const std::optional<std::string>& compare,
                                                      analysis::Config config);

  // list() and analyse() are the same for every actor allowed to ask and are asked on every
  // dashboard request: kept per data generation (generation_cache.h), so a write is seen by
  // the next call. The analysis is kept with its configuration, compared field by field.
  struct KeptAnalysis {
    analysis::Config config;
    analysis::NationalAnalysis analysis;
  };
  struct Caches {
    GenerationCache<std::vector<WaveSummary>> list{1};
    GenerationCache<KeptAnalysis> analyses;
  };

  Deps deps_;
  ReleaseCache& cache_;
  std::unique_ptr<Caches> caches_;
};

}  // namespace regio::service
