// Test support: the demo's waves (the first with the built-in questionnaire) and their responses
// in a store, as `regiomonitor demo` stores them.
#pragma once

#include <gtest/gtest.h>

#include "demo/responses.h"
#include "forms/definition_io.h"
#include "store/audit_testing.h"
#include "store/store.h"
#include "tabular/workbook_json.h"

namespace regio::web::testing {

inline void add_demo_responses(store::Store& store, const demo::DemoResponses& demo) {
  const store::QuestionnaireRecord q{"standaard", tabular::workbook_to_json(forms::default_workbook())};
  for (std::size_t i = 0; i < demo.waves.size(); ++i)
    ASSERT_TRUE(i == 0 ? store.add_wave_with_questionnaire(demo.waves[i], q, store::test_audit())
                       : store.add_wave(demo.waves[i], store::test_audit()));
  for (const auto& w : demo.waves) {
    std::vector<forms::Response> of_wave;
    for (const auto& r : demo.responses)
      if (r.wave == w.code) of_wave.push_back(r);
    ASSERT_TRUE(store.replace_responses(w.code, of_wave, store::test_audit()));
  }
}

}  // namespace regio::web::testing
