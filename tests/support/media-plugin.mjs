// A test-runner command that emulates CSS media features the built-in
// emulateMedia command does not cover (forced-colors), straight through the
// DevTools protocol (puppeteer's helper rejects forced-colors). Browser side:
// executeServerCommand('emulate-media-features', { features, media }).
const sessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      // Emulation lasts as long as the protocol session: keep one per page.
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.target().createCDPSession();
        sessions.set(page, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { media: payload.media ?? '', features: payload.features ?? [] });
      return true;
    },
  };
}
