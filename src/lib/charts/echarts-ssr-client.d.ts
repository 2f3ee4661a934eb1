// echarts ships `echarts/ssr/client` without type declarations (its .d.ts is empty), so the
// one function we use is typed here, after node_modules/echarts/ssr/client/lib/index.js.
declare module 'echarts/ssr/client/index' {
	export interface SsrClientEvent {
		type: string;
		ssrType: string;
		seriesIndex?: number;
		dataIndex?: number;
		event: Event;
	}
	export function hydrate(
		dom: Element,
		options: { on?: Partial<Record<string, (event: SsrClientEvent) => void>> }
	): void;
}
