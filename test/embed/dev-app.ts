// The development-build page of scripts/check-embed.mjs: a quiz id the data does not have. Bundled
// once with the `development` condition (the console must say what is wrong) and once without (silent).
import '@mrc-kit/widgets/mrc-provider.js';
import '@mrc-kit/widgets/mrc-risk-quiz.js';

document.body.innerHTML = `<mrc-provider src="/packages/sdk/dist/demo-dataset.json" lang="en">
  <mrc-risk-quiz quiz="no-such-quiz"></mrc-risk-quiz>
</mrc-provider>`;
