-- Headless Neovim (0.7 or later) as an independent LSP client of the Shiftguard language server.
--
-- Starts the server over stdio with vim.lsp.start_client, opens one file in a buffer, waits for
-- its diagnostics, then optionally hovers, asks for code actions and edits the buffer (Neovim
-- sends the change itself) and waits for the diagnostics of the new version. Every step prints
-- one JSON line on stdout; ranges are exactly as the server sent them (0-based, UTF-16).
--
--   SG_SERVER_CMD='["node","dist/server.js","--stdio"]' SG_FILE=/abs/Dockerfile SG_FILETYPE=dockerfile \
--   nvim --headless -u NONE -i NONE -n -c 'luafile test/lsp/nvim-harness.lua'
--
-- Optional:
--   SG_SETTINGS    JSON `shiftguard` settings: pushed after initialize, and answered to workspace/configuration
--   SG_HOVER       JSON position {"line":..,"character":..} to hover after the first diagnostics
--   SG_ACTIONS=1   request the code actions of every diagnostic of the first publish
--   SG_EDIT        JSON {"line":..,"text":".."}: replace that 0-based line, then wait for new diagnostics
--   SG_TIMEOUT_MS  wait for each step (default 30000)
-- Exit status: 0 when every step completed, 1 on a timeout, 2 on a usage or start error.

local function getenv(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then return default end
  return value
end

local function emit(record)
  io.stdout:write(vim.json.encode(record) .. '\n')
  io.stdout:flush()
end

local function quit(status, message)
  if message then emit({ event = 'error', message = message }) end
  vim.cmd(status == 0 and 'qall!' or ('cquit ' .. status))
end

local function decode(name, default)
  local raw = getenv(name, nil)
  if raw == nil then return default end
  local ok, value = pcall(vim.json.decode, raw)
  if not ok then
    quit(2, name .. ' is not JSON: ' .. raw)
    return nil
  end
  return value
end

local clock = function() return vim.loop.hrtime() / 1e6 end

local cmd = decode('SG_SERVER_CMD', nil)
local file = getenv('SG_FILE', nil)
if type(cmd) ~= 'table' or not file then return quit(2, 'SG_SERVER_CMD (a JSON array) and SG_FILE are required') end
file = vim.fn.fnamemodify(file, ':p')
local filetype = getenv('SG_FILETYPE', nil)
local settings = decode('SG_SETTINGS', {})
local hover_at = decode('SG_HOVER', nil)
local edit = decode('SG_EDIT', nil)
local want_actions = getenv('SG_ACTIONS', '0') == '1'
local timeout = tonumber(getenv('SG_TIMEOUT_MS', '30000'))
local uri = vim.uri_from_fname(file)

-- Every publish for the file, in arrival order.
local publishes = {}

local function simplify(diagnostics)
  local out = {}
  for _, d in ipairs(diagnostics or {}) do
    table.insert(out, { code = d.code, range = d.range, severity = d.severity, source = d.source, message = d.message })
  end
  return out
end

local handlers = {
  ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
    if result and result.uri == uri then
      table.insert(publishes, result)
      emit({ event = 'diagnostics', version = result.version or vim.NIL, diagnostics = simplify(result.diagnostics) })
    end
    -- Neovim's own handler still runs, so its diagnostic store sees what a user would see.
    return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
  end,
  ['workspace/configuration'] = function(_, params)
    local answers = {}
    for i, item in ipairs(params.items or {}) do
      answers[i] = item.section == 'shiftguard' and settings or vim.NIL
    end
    return answers
  end,
  ['client/registerCapability'] = function() return vim.NIL end,
  ['window/logMessage'] = function() end,
  ['window/workDoneProgress/create'] = function() return vim.NIL end,
}

local started = clock()
local initialized = nil
local client_id = vim.lsp.start_client({
  name = 'shiftguard',
  cmd = cmd,
  root_dir = vim.fn.fnamemodify(file, ':h'),
  handlers = handlers,
  -- Neovim batches buffer changes; no delay keeps the test short.
  flags = { debounce_text_changes = 0 },
  on_init = function(client)
    initialized = clock()
    -- Neovim 0.7 does not announce workspace/configuration, so servers expect settings pushed.
    if next(settings) ~= nil then
      client.notify('workspace/didChangeConfiguration', { settings = { shiftguard = settings } })
    end
  end,
  on_exit = function(code, signal)
    emit({ event = 'server_exit', code = code, signal = signal })
  end,
})
if not client_id then return quit(2, 'vim.lsp.start_client failed') end
if not vim.wait(timeout, function() return initialized ~= nil end, 5) then
  return quit(1, 'no answer to initialize within ' .. timeout .. ' ms')
end
emit({ event = 'initialized', ms = initialized - started })

vim.cmd('silent noswapfile edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
-- The filetype is the languageId Neovim sends with didOpen.
if filetype then vim.bo[bufnr].filetype = filetype end
local opened = clock()
vim.lsp.buf_attach_client(bufnr, client_id)

local function wait_for(predicate, what)
  if not vim.wait(timeout, predicate, 5) then
    quit(1, 'timed out waiting for ' .. what)
    return false
  end
  return true
end

if not wait_for(function() return #publishes > 0 end, 'the first diagnostics') then return end
emit({ event = 'first_diagnostics', ms = clock() - opened })
local first = publishes[1]

local function request(method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  if not responses then
    quit(1, method .. ' failed: ' .. tostring(err))
    return nil, false
  end
  local response = responses[client_id] or {}
  if response.err then
    quit(1, method .. ' failed: ' .. vim.json.encode(response.err))
    return nil, false
  end
  return response.result, true
end

if hover_at then
  local result, ok = request('textDocument/hover', { textDocument = { uri = uri }, position = hover_at })
  if not ok then return end
  local contents = result and result.contents or {}
  emit({ event = 'hover', kind = contents.kind or vim.NIL, value = contents.value or vim.NIL, range = result and result.range or vim.NIL })
end

if want_actions then
  for _, diagnostic in ipairs(first.diagnostics or {}) do
    local result, ok = request('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = diagnostic.range,
      context = { diagnostics = { diagnostic } },
    })
    if not ok then return end
    local titles = {}
    for _, action in ipairs(result or {}) do table.insert(titles, action.title) end
    emit({ event = 'code_actions', code = diagnostic.code, titles = titles })
  end
end

if edit then
  local before = #publishes
  vim.api.nvim_buf_set_lines(bufnr, edit.line, edit.line + 1, false, { edit.text })
  local version = vim.lsp.util.buf_versions[bufnr]
  local edited = clock()
  local matched = function()
    for i = before + 1, #publishes do
      if publishes[i].version == version then return true end
    end
    return false
  end
  if not wait_for(matched, 'the diagnostics of version ' .. tostring(version)) then return end
  emit({ event = 'edited', version = version, ms = clock() - edited })
end

-- What Neovim itself now shows for the buffer.
local shown = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(shown, { code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col })
end
emit({ event = 'summary', publishes = #publishes, shown = shown })

pcall(vim.lsp.stop_client, client_id, true)
quit(0)
