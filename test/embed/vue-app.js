// The Vue page of scripts/check-embed.mjs: Vue is told that mrc- tags are custom elements.
import { createApp } from 'vue';

const app = createApp({ data: () => ({ data: '/packages/sdk/dist/demo-dataset.json', selected: '' }) });
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mrc-');
app.mount('#app');
