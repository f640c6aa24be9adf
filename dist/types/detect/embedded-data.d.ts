export declare function insideEmbeddedData(owner: {
    text: string;
}, at: number): boolean;
