-- A reader's mix: pages of every type and searches, some repeated and some new each time.
local paths = {
  "/", "/themes", "/speakers", "/key-points?theme=funding-and-commissioning&theme=health-and-care",
  "/meetings/joining-forces-imbalances-and-inequalities", "/meetings/joining-forces-unequal-alliances",
  "/meetings/joining-forces-building-systems-leadership-into-job-roles-at-all-levels",
  "/themes/trust-and-relationships", "/speakers/cate-newnes-smith", "/feed.atom", "/sitemap.xml",
  "/api/meetings", "/api/key-points?theme=leadership", "/api/themes", "/api/speakers",
  "/search?q=funders", "/search?q=psychological+safety", "/search?q=%22New+Public+Management%22",
  "/api/search?q=commissioners&theme=funding-and-commissioning", "/search?q=colaboration",
}
-- MIX_PATHS, separated by white space, in place of these: the addresses of another corpus (load.sh with MEETINGS)
if os.getenv("MIX_PATHS") then
  paths = {}
  for path in os.getenv("MIX_PATHS"):gmatch("%S+") do paths[#paths + 1] = path end
end
local searches = { "trust", "conflict", "NHS", "targets", "lived experience", "community anchors", "boards" }
local counter = 0
request = function()
  counter = counter + 1
  if counter % 5 == 0 then
    local q = searches[(counter / 5) % #searches + 1]
    return wrk.format("GET", "/search?q=" .. q:gsub(" ", "+") .. "&page=0&n=" .. counter)
  end
  return wrk.format("GET", paths[counter % #paths + 1])
end
