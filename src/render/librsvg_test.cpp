// Every chart kind must load in librsvg (the PDF reports draw the SVG through it) and render
// without error. With REGIO_RENDER_PNG_DIR set, the renderings are also written there as PNG
// for looking at them.
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>

#include "render/svg.h"
#include "render/testing/samples.h"

namespace regio::render {
namespace {

void expect_renders(const std::string& name, const Chart& chart, double width = 640) {
  SCOPED_TRACE(name);
  std::string svg = to_svg(chart, {.id_prefix = name, .width = width, .medium = Medium::kPrint});
  GError* error = nullptr;
  RsvgHandle* handle = rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error);
  ASSERT_NE(handle, nullptr) << (error ? error->message : "");
  gdouble w = 0, h = 0;
  ASSERT_TRUE(rsvg_handle_get_intrinsic_size_in_pixels(handle, &w, &h));
  EXPECT_EQ(w, std::ceil(width));
  EXPECT_GT(h, 50);
  const double zoom = 2;  // a sharp image to look at
  cairo_surface_t* surface =
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(w * zoom), static_cast<int>(h * zoom));
  cairo_t* cr = cairo_create(surface);
  RsvgRectangle viewport{0, 0, w * zoom, h * zoom};
  EXPECT_TRUE(rsvg_handle_render_document(handle, cr, &viewport, &error)) << (error ? error->message : "");
  EXPECT_EQ(cairo_status(cr), CAIRO_STATUS_SUCCESS);
  if (const char* dir = std::getenv("REGIO_RENDER_PNG_DIR"))
    cairo_surface_write_to_png(surface, (std::string(dir) + "/" + name + ".png").c_str());
  cairo_destroy(cr);
  cairo_surface_destroy(surface);
  g_object_unref(handle);
  if (error) g_error_free(error);
}

TEST(Librsvg, RendersEveryChartKind) {
  expect_renders("bar", testing::sample_bar());
  expect_renders("grouped", testing::sample_grouped_bar());
  expect_renders("stacked", testing::sample_stacked());
  expect_renders("line", testing::sample_line());
  expect_renders("slope", testing::sample_slope());
  expect_renders("matrix", testing::sample_matrix());
  expect_renders("multiples", testing::sample_small_multiples(), 720);
  expect_renders("map2020", testing::sample_map(2020), 720);
  expect_renders("map2017", testing::sample_map(2017), 420);
  expect_renders("map2025", testing::sample_map(2025));
  expect_renders("narrow_slope", testing::sample_slope(), 360);
  expect_renders("narrow_multiples", testing::sample_small_multiples(), 360);
  expect_renders("narrow_bar", testing::sample_bar(), 360);
}

}  // namespace
}  // namespace regio::render
