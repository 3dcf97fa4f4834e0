// The private upload directory: mode 0700, files 0600, no overwrite, removed at the end.
#include "web/upload_dir.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>
#include <sstream>

namespace regio::web {
namespace {

TEST(UploadDir, PrivateDirectoryRemovedWithItsFiles) {
  std::filesystem::path where, file;
  {
    auto dir = UploadDir::create();
    ASSERT_TRUE(dir.has_value());
    where = dir->path();
    struct stat st {};
    ASSERT_EQ(::stat(where.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    auto path = dir->write("trajecten.csv", "a,b\n1,2\n");
    ASSERT_TRUE(path.has_value());
    file = *path;
    EXPECT_EQ(file.parent_path(), where);
    ASSERT_EQ(::stat(file.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), "a,b\n1,2\n");
    auto again = dir->write("trajecten.csv", "x");
    ASSERT_FALSE(again.has_value());
    EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
    UploadDir moved = std::move(*dir);  // the moved-from one removes nothing
  }
  EXPECT_FALSE(std::filesystem::exists(file));
  EXPECT_FALSE(std::filesystem::exists(where));
}

TEST(UploadDir, RemovedWhenLeftByAnException) {
  std::filesystem::path where;
  try {
    auto dir = UploadDir::create();
    ASSERT_TRUE(dir.has_value());
    where = dir->path();
    ASSERT_TRUE(dir->write("werk.csv", "x").has_value());
    throw std::runtime_error("handler failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_FALSE(where.empty());
  EXPECT_FALSE(std::filesystem::exists(where));
}

}  // namespace
}  // namespace regio::web
