// tachometer imports a `chromedriver` package before it starts Chrome through WebDriver, and installs the
// npm one (which downloads a driver) when none resolves. This one downloads nothing: it points Selenium at
// the system's chromedriver (Debian's chromium-driver, or one on PATH) and browser (scripts/find-chrome.mjs),
// and keeps Selenium Manager offline. CHROMEDRIVER_PATH overrides the driver.
import { existsSync } from 'node:fs';
import { findChrome } from '../../scripts/find-chrome.mjs';

const driver = process.env.CHROMEDRIVER_PATH ?? ['/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'].find((p) => existsSync(p));
if (driver) process.env.SE_DRIVER_PATH ??= driver;
process.env.SE_BROWSER_PATH ??= findChrome();
process.env.SE_OFFLINE = 'true';

export const path = driver ?? 'chromedriver';
