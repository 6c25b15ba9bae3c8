-- The reader's mix of mix.lua, counting the answers by status: a run prints "statuses: 200=… 304=…" at its end, so
-- that every answer that is not a 2xx or 3xx is counted and named (wrk's summary counts only those of 400 and over).
dofile(debug.getinfo(1, "S").source:match("^@(.*/)") .. "mix.lua")

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  local codes = {}
  for status in pairs(totals) do
    table.insert(codes, status)
  end
  table.sort(codes)
  local line = "statuses:"
  for _, status in ipairs(codes) do
    line = line .. " " .. status .. "=" .. totals[status]
  end
  io.write(line .. "\n")
end
